//go:build !windows

package main

// tellUser is how the editor tells of a failure before it has a window:
// standard error (Windows shows a message box, graphics_windows.go).
func tellUser(s string) { tellStderr(s) }
