package fonts

import (
	_ "embed" // the faces below are compiled into the binary
)

// The embedded faces, by name. See README.md for where each came from.
var (
	//go:embed NotoSerifTC-Regular.ttf
	serifTC []byte
	//go:embed NotoSerifSC-Regular.ttf
	serifSC []byte
	//go:embed NotoSansTC-Bold.ttf
	sansBoldTC []byte
	//go:embed NotoSansSC-Bold.ttf
	sansBoldSC []byte
	//go:embed NotoSansTC-Regular.ttf
	sansTC []byte
)

// Names of the embedded faces.
const (
	SerifTC    = "NotoSerifTC-Regular" // body text, Traditional (明體)
	SerifSC    = "NotoSerifSC-Regular" // body text, Simplified (宋体)
	SansBoldTC = "NotoSansTC-Bold"     // titles and headings, Traditional (黑體)
	SansBoldSC = "NotoSansSC-Bold"     // titles and headings, Simplified (黑体)
	SansTC     = "NotoSansTC-Regular"  // the editor's user interface
)

func embeddedData(name string) []byte {
	switch name {
	case SerifTC:
		return serifTC
	case SerifSC:
		return serifSC
	case SansBoldTC:
		return sansBoldTC
	case SansBoldSC:
		return sansBoldSC
	case SansTC:
		return sansTC
	}
	return nil
}
