// Package printing sends a laid-out article to a printer: on Linux and
// other CUPS systems the exported PDF goes to the printer with lp (the
// printer list and the default from lpstat); on Windows each page is drawn
// by the preview renderer (layout/raster) at 300 dpi and handed to the
// system's spooler through GDI, so that no PDF reader need be installed.
//
// Print is the one entry point the command line and the editor share: it
// checks the options against the document and the printer, then hands the
// job to a Spooler (System gives the system's). Prepare turns an export
// job and its layout into the Document Print takes. Every error a user
// reads words itself in English, 繁體 and 简体 (package message).
//
// It must not import any UI package.
package printing
