package main

import (
	"syscall"
	"unsafe"
)

// tellUser is how the editor tells of a failure before it has a window: a
// program of the Windows subsystem has no console, so a message box, and
// standard error for a console that started it.
func tellUser(s string) {
	tellStderr(s)
	text, err1 := syscall.UTF16PtrFromString(s)
	title, err2 := syscall.UTF16PtrFromString("Paiban")
	if err1 != nil || err2 != nil {
		return
	}
	const mbIconError = 0x10
	syscall.NewLazyDLL("user32.dll").NewProc("MessageBoxW").Call(0,
		uintptr(unsafe.Pointer(text)), uintptr(unsafe.Pointer(title)), mbIconError)
}
