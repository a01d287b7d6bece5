//go:build windows

package printing

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"strconv"
	"unsafe"

	"golang.org/x/sys/windows"

	"github.com/paiban/paiban/layout"
	"github.com/paiban/paiban/message"
)

// System is the system's spooler: Windows' print spooler, through GDI.
func System() Spooler { return &GDI{} }

// GDI prints through the Windows spooler without a PDF reader: each page
// is drawn by the preview renderer (Document.Draw) at DPI dots per inch
// and stretched onto the printer's page with StretchDIBits, between
// StartDoc/StartPage and EndPage/EndDoc. The printers come from
// EnumPrinters, the default from GetDefaultPrinter; the paper and both
// sides are asked of the driver through the printer's DEVMODE. Copies are
// printed as collated sets, one after another (a blank back after a set of
// an odd number of pages printed on both sides), which every driver does
// the same. Its methods are safe for concurrent use.
type GDI struct {
	// DPI is the resolution pages are drawn at; 0 is 300. The driver
	// scales them to its own.
	DPI float64
}

var (
	winspool = windows.NewLazySystemDLL("winspool.drv")
	gdi32    = windows.NewLazySystemDLL("gdi32.dll")

	procEnumPrinters       = winspool.NewProc("EnumPrintersW")
	procGetDefaultPrinter  = winspool.NewProc("GetDefaultPrinterW")
	procOpenPrinter        = winspool.NewProc("OpenPrinterW")
	procClosePrinter       = winspool.NewProc("ClosePrinter")
	procDocumentProperties = winspool.NewProc("DocumentPropertiesW")

	procCreateDC          = gdi32.NewProc("CreateDCW")
	procDeleteDC          = gdi32.NewProc("DeleteDC")
	procGetDeviceCaps     = gdi32.NewProc("GetDeviceCaps")
	procStartDoc          = gdi32.NewProc("StartDocW")
	procEndDoc            = gdi32.NewProc("EndDoc")
	procAbortDoc          = gdi32.NewProc("AbortDoc")
	procStartPage         = gdi32.NewProc("StartPage")
	procEndPage           = gdi32.NewProc("EndPage")
	procStretchDIBits     = gdi32.NewProc("StretchDIBits")
	procSetStretchBltMode = gdi32.NewProc("SetStretchBltMode")
	procSetBrushOrgEx     = gdi32.NewProc("SetBrushOrgEx")
)

// Win32 constants.
const (
	printerEnumLocal       = 0x2
	printerEnumConnections = 0x4

	errorInsufficientBuffer = windows.Errno(122)
	rpcServerUnavailable    = windows.Errno(1722) // the spooler is not running
	rpcServerTooBusy        = windows.Errno(1723)

	dmOutBuffer = 2
	dmInBuffer  = 8

	dmFieldPaperSize   = 0x2
	dmFieldPaperLength = 0x4
	dmFieldPaperWidth  = 0x8
	dmFieldCopies      = 0x100
	dmFieldDuplex      = 0x1000
	dmFieldCollate     = 0x8000

	dmdupSimplex  = 1
	dmdupVertical = 2 // long edge, for portrait pages

	logPixelsX      = 88
	logPixelsY      = 90
	physicalOffsetX = 112
	physicalOffsetY = 113

	halftone      = 4
	dibRGBColors  = 0
	srcCopy       = 0x00CC0020
	biRGB         = 0
	defaultDPI    = 300
	maxDeviceName = 32
)

// printerInfo2 is PRINTER_INFO_2W.
type printerInfo2 struct {
	ServerName, PrinterName, ShareName, PortName, DriverName, Comment, Location *uint16
	DevMode                                                                     uintptr
	SepFile, PrintProcessor, Datatype, Parameters                               *uint16
	SecurityDescriptor                                                          uintptr
	Attributes, Priority, DefaultPriority, StartTime, UntilTime, Status, Jobs   uint32
	AveragePPM                                                                  uint32
}

// devModeHead is the start of DEVMODEW, up to dmCollate: the fields
// printing sets. The driver's private part follows the public one.
type devModeHead struct {
	DeviceName                                             [maxDeviceName]uint16
	SpecVersion, DriverVersion, Size, DriverExtra          uint16
	Fields                                                 uint32
	Orientation, PaperSize, PaperLength, PaperWidth, Scale int16
	Copies, DefaultSource, PrintQuality                    int16
	Color, Duplex, YResolution, TTOption, Collate          int16
}

// docInfo is DOCINFOW.
type docInfo struct {
	Size     int32
	DocName  *uint16
	Output   *uint16
	Datatype *uint16
	Type     uint32
}

// bitmapInfoHeader is BITMAPINFOHEADER (a BITMAPINFO with no colour
// table, as 32-bit pixels need none).
type bitmapInfoHeader struct {
	Size                         uint32
	Width, Height                int32
	Planes, BitCount             uint16
	Compression, SizeImage       uint32
	XPelsPerMeter, YPelsPerMeter int32
	ClrUsed, ClrImportant        uint32
}

// winPaper is the DEVMODE paper of each of Paiban's papers: a DMPAPER_
// number, or 0 with the size in tenths of a millimetre.
var winPaper = map[string][3]int16{
	"A4":     {9, 0, 0},
	"A5":     {11, 0, 0},
	"B5":     {0, 2500, 1760}, // ISO B5 (DMPAPER_B5 is JIS B5)
	"Letter": {1, 0, 0},
}

// spoolerError words a failure of the spooler: not running, or what
// Windows says.
func spoolerError(err error) error {
	var errno windows.Errno
	if errors.As(err, &errno) && (errno == rpcServerUnavailable || errno == rpcServerTooBusy) {
		return message.New(noSpooler)
	}
	return err
}

// Printers lists the local and connected printers (EnumPrinters, level
// 2) with the default (GetDefaultPrinter).
func (g *GDI) Printers(ctx context.Context) ([]Printer, error) {
	flags := uintptr(printerEnumLocal | printerEnumConnections)
	var needed, count uint32
	r, _, err := procEnumPrinters.Call(flags, 0, 2, 0, 0, uintptr(unsafe.Pointer(&needed)), uintptr(unsafe.Pointer(&count)))
	if r == 0 && err != errorInsufficientBuffer {
		return nil, message.New(listFailed, spoolerError(err))
	}
	if needed == 0 {
		return nil, nil
	}
	buf := make([]uint64, (needed+7)/8) // 8-byte aligned for the pointers in it
	r, _, err = procEnumPrinters.Call(flags, 0, 2, uintptr(unsafe.Pointer(&buf[0])), uintptr(needed),
		uintptr(unsafe.Pointer(&needed)), uintptr(unsafe.Pointer(&count)))
	if r == 0 {
		return nil, message.New(listFailed, spoolerError(err))
	}
	def := defaultPrinter()
	infos := unsafe.Slice((*printerInfo2)(unsafe.Pointer(&buf[0])), count)
	ps := make([]Printer, 0, count)
	for _, in := range infos {
		name := windows.UTF16PtrToString(in.PrinterName)
		ps = append(ps, winPrinter(name, in.Status, in.Attributes, name == def))
	}
	runtime.KeepAlive(buf)
	return ps, nil
}

// defaultPrinter is the name of the user's default printer, "" when
// there is none.
func defaultPrinter() string {
	var n uint32
	procGetDefaultPrinter.Call(0, uintptr(unsafe.Pointer(&n)))
	if n == 0 {
		return ""
	}
	buf := make([]uint16, n)
	if r, _, _ := procGetDefaultPrinter.Call(uintptr(unsafe.Pointer(&buf[0])), uintptr(unsafe.Pointer(&n))); r == 0 {
		return ""
	}
	return windows.UTF16ToString(buf)
}

// devMode is the printer's DEVMODE with the paper and the sides set, as
// its driver merges them (DocumentProperties); nil when the driver gives
// none, which prints with its defaults.
func devMode(name *uint16, paper layout.Paper, duplex bool) ([]uint64, error) {
	var h windows.Handle
	if r, _, err := procOpenPrinter.Call(uintptr(unsafe.Pointer(name)), uintptr(unsafe.Pointer(&h)), 0); r == 0 {
		return nil, spoolerError(err)
	}
	defer procClosePrinter.Call(uintptr(h))
	size, _, _ := procDocumentProperties.Call(0, uintptr(h), uintptr(unsafe.Pointer(name)), 0, 0, 0)
	if int32(size) <= int32(unsafe.Sizeof(devModeHead{})) {
		return nil, nil
	}
	buf := make([]uint64, (size+7)/8)
	ptr := uintptr(unsafe.Pointer(&buf[0]))
	if r, _, _ := procDocumentProperties.Call(0, uintptr(h), uintptr(unsafe.Pointer(name)), ptr, 0, dmOutBuffer); int32(r) < 0 {
		return nil, nil
	}
	dm := (*devModeHead)(unsafe.Pointer(&buf[0]))
	if p, ok := winPaper[paper.Name]; ok {
		dm.PaperSize = p[0]
		dm.Fields |= dmFieldPaperSize
		if p[0] == 0 {
			dm.PaperLength, dm.PaperWidth = p[1], p[2]
			dm.Fields |= dmFieldPaperLength | dmFieldPaperWidth
		}
	}
	dm.Duplex = dmdupSimplex
	if duplex {
		dm.Duplex = dmdupVertical
	}
	dm.Copies, dm.Collate = 1, 0 // the sets are sent one after another
	dm.Fields |= dmFieldDuplex | dmFieldCopies | dmFieldCollate
	if r, _, _ := procDocumentProperties.Call(0, uintptr(h), uintptr(unsafe.Pointer(name)), ptr, ptr, dmInBuffer|dmOutBuffer); int32(r) < 0 {
		return nil, nil
	}
	return buf, nil
}

// Send draws the pages and spools them as one document on p.
func (g *GDI) Send(ctx context.Context, p Printer, doc *Document, pages []int, o Options) (job Job, err error) {
	if doc.Draw == nil {
		return Job{}, message.New(sendFailed, p.Name, errors.New("the pages cannot be drawn"))
	}
	dpi := g.DPI
	if dpi == 0 {
		dpi = defaultDPI
	}
	name, err := windows.UTF16PtrFromString(p.Name)
	if err != nil {
		return Job{}, message.New(sendFailed, p.Name, err)
	}
	dm, err := devMode(name, doc.Paper, o.Duplex)
	if err != nil {
		return Job{}, message.New(sendFailed, p.Name, err)
	}
	var dmPtr uintptr
	if dm != nil {
		dmPtr = uintptr(unsafe.Pointer(&dm[0]))
	}
	winspoolName, _ := windows.UTF16PtrFromString("WINSPOOL")
	hdc, _, err := procCreateDC.Call(uintptr(unsafe.Pointer(winspoolName)), uintptr(unsafe.Pointer(name)), 0, dmPtr)
	runtime.KeepAlive(dm)
	if hdc == 0 {
		return Job{}, message.New(sendFailed, p.Name, spoolerError(err))
	}
	defer procDeleteDC.Call(hdc)
	title := o.Title
	if title == "" {
		title = "Paiban"
	}
	docName, _ := windows.UTF16PtrFromString(title)
	di := docInfo{Size: int32(unsafe.Sizeof(docInfo{})), DocName: docName}
	id, _, err := procStartDoc.Call(hdc, uintptr(unsafe.Pointer(&di)))
	if int32(id) <= 0 {
		return Job{}, message.New(sendFailed, p.Name, spoolerError(err))
	}
	defer func() {
		if err != nil {
			procAbortDoc.Call(hdc)
		}
	}()
	for _, n := range pageOrder(pages, o.copies(), o.Duplex) {
		if err := ctx.Err(); err != nil {
			return Job{}, err
		}
		if err := g.page(hdc, doc, n, dpi); err != nil {
			return Job{}, message.New(sendFailed, p.Name, err)
		}
	}
	if r, _, e := procEndDoc.Call(hdc); int32(r) <= 0 {
		err = message.New(sendFailed, p.Name, spoolerError(e))
		return Job{}, err
	}
	return Job{ID: strconv.Itoa(int(int32(id))), Printer: p.Name, Pages: len(pages), Copies: o.copies()}, nil
}

// page prints page n of doc (0 for a blank page) on the device context:
// drawn at dpi, stretched to the paper's size at the device's resolution,
// placed at the sheet's corner (the printable area starts the physical
// offset in from it).
func (g *GDI) page(hdc uintptr, doc *Document, n int, dpi float64) error {
	if r, _, err := procStartPage.Call(hdc); int32(r) <= 0 {
		return fmt.Errorf("StartPage: %w", spoolerError(err))
	}
	if n > 0 {
		img, err := doc.Draw(n, dpi)
		if err != nil {
			return err
		}
		pix, w, h := bgra(img)
		dx, _, _ := procGetDeviceCaps.Call(hdc, logPixelsX)
		dy, _, _ := procGetDeviceCaps.Call(hdc, logPixelsY)
		ox, _, _ := procGetDeviceCaps.Call(hdc, physicalOffsetX)
		oy, _, _ := procGetDeviceCaps.Call(hdc, physicalOffsetY)
		inchW := float64(doc.Paper.Width) / float64(layout.Point) / 72
		inchH := float64(doc.Paper.Height) / float64(layout.Point) / 72
		destW, destH := int32(inchW*float64(int32(dx))+0.5), int32(inchH*float64(int32(dy))+0.5)
		bi := bitmapInfoHeader{Size: uint32(unsafe.Sizeof(bitmapInfoHeader{})), Width: int32(w), Height: -int32(h),
			Planes: 1, BitCount: 32, Compression: biRGB}
		procSetStretchBltMode.Call(hdc, halftone)
		procSetBrushOrgEx.Call(hdc, 0, 0, 0)
		r, _, err := procStretchDIBits.Call(hdc,
			uintptr(-int32(ox)), uintptr(-int32(oy)), uintptr(destW), uintptr(destH),
			0, 0, uintptr(w), uintptr(h),
			uintptr(unsafe.Pointer(&pix[0])), uintptr(unsafe.Pointer(&bi)), dibRGBColors, srcCopy)
		runtime.KeepAlive(pix)
		if r == 0 {
			return fmt.Errorf("StretchDIBits on page %d: %w", n, spoolerError(err))
		}
	}
	if r, _, err := procEndPage.Call(hdc); int32(r) <= 0 {
		return fmt.Errorf("EndPage: %w", spoolerError(err))
	}
	return nil
}
