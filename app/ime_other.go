//go:build !windows

package app

// imeAt does nothing: X11, Wayland and macOS give a Fyne window's input
// method no position through the toolkit.
func imeAt(ctx any, x, y int32) {}
