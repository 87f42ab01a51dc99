"""Original line drawings for the library: a posed figure described by joint angles, drawn as
outlined shapes with props and motion arrows, written as plain deterministic SVG.

`library_figures.render(slug)` gives the SVG of one library item (each catalogue module keeps a
`registry.Figures`; library_figures joins them); `render_library` writes them all,
`contact_sheet` draws them all on one page for review. No Qt and no higher layer is imported here.
"""
