//go:build !linux || android

package main

// setWindowClass is needed on Linux only (see wmclass_linux.go).
func setWindowClass() {}
