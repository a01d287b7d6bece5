//go:build windows

package app

import (
	"unsafe"

	"fyne.io/fyne/v2/driver"
	"golang.org/x/sys/windows"
)

var (
	imm32                       = windows.NewLazySystemDLL("imm32.dll")
	procImmGetContext           = imm32.NewProc("ImmGetContext")
	procImmReleaseContext       = imm32.NewProc("ImmReleaseContext")
	procImmSetCompositionWindow = imm32.NewProc("ImmSetCompositionWindow")
	procImmSetCandidateWindow   = imm32.NewProc("ImmSetCandidateWindow")
)

// compositionForm is the Win32 COMPOSITIONFORM structure.
type compositionForm struct {
	style      uint32
	x, y       int32 // ptCurrentPos
	left, top  int32 // rcArea
	right, bot int32
}

// candidateForm is the Win32 CANDIDATEFORM structure.
type candidateForm struct {
	index      uint32
	style      uint32
	x, y       int32 // ptCurrentPos
	left, top  int32 // rcArea
	right, bot int32
}

const (
	cfsPoint         = 0x0002 // CFS_POINT
	cfsCandidatePos  = 0x0040 // CFS_CANDIDATEPOS
	imeCandidateList = 0
)

// imeAt moves the window's input-method composition and candidate windows
// to (x, y), in the window's client pixels: ImmSetCompositionWindow on the
// handle Fyne's driver.NativeWindow gives.
func imeAt(ctx any, x, y int32) {
	w, ok := ctx.(driver.WindowsWindowContext)
	if !ok || w.HWND == 0 {
		return
	}
	if imm32.Load() != nil {
		return
	}
	himc, _, _ := procImmGetContext.Call(w.HWND)
	if himc == 0 {
		return
	}
	defer procImmReleaseContext.Call(w.HWND, himc)
	cf := compositionForm{style: cfsPoint, x: x, y: y}
	procImmSetCompositionWindow.Call(himc, uintptr(unsafe.Pointer(&cf)))
	cand := candidateForm{index: imeCandidateList, style: cfsCandidatePos, x: x, y: y}
	procImmSetCandidateWindow.Call(himc, uintptr(unsafe.Pointer(&cand)))
}
