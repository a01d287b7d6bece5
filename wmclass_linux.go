//go:build !android

package main

import "github.com/go-gl/glfw/v3.4/glfw"

// setWindowClass names the editor window's class for X11 window managers
// and docks: WM_CLASS "paiban", "Paiban", which the desktop entry's
// StartupWMClass=Paiban (the fyne tool writes FyneApp.toml's Name there)
// matches, so that the dock groups the window with its launcher. Fyne
// 2.8.1 sets no class, and GLFW then takes the window's title at the
// moment it is first shown ("Untitled — 排版"). GLFW keeps window hints
// until it creates the window at ShowAndRun; they can be set only once
// Fyne has started GLFW, which it does when the first window is made, and
// only from the main goroutine, which Fyne keeps on the main thread.
// Under Wayland the window's app ID is FyneApp.toml's ID already.
func setWindowClass() {
	glfw.WindowHintString(glfw.X11ClassName, "Paiban")
	glfw.WindowHintString(glfw.X11InstanceName, "paiban")
}
