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
	//go:embed NotoSansTC-Regular-Big5.ttf
	sansTC []byte
	//go:embed NotoSansSC-Regular-GB2312.ttf
	sansSC []byte
)

// Names of the embedded faces.
const (
	SerifTC    = "NotoSerifTC-Regular"       // body text, Traditional (明體)
	SerifSC    = "NotoSerifSC-Regular"       // body text, Simplified (宋体)
	SansBoldTC = "NotoSansTC-Bold"           // titles and headings, Traditional (黑體)
	SansBoldSC = "NotoSansSC-Bold"           // titles and headings, Simplified (黑体)
	SansTC     = "NotoSansTC-Regular-Big5"   // the editor's interface and body text, Traditional
	SansSC     = "NotoSansSC-Regular-GB2312" // the editor's interface and body text, Simplified
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
	case SansSC:
		return sansSC
	}
	return nil
}
