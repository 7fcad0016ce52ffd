from medicen_desktop.export.pillow_on_use import install as _defer_pillow

_defer_pillow()  # before any reportlab import of this package: see pillow_on_use.py
