"""The application's use cases, between the window (and the command line) and the layers below:
handout data and rendering, programme files on disk, seeding the shipped library, and sharing."""
