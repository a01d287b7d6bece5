package fonts

import (
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
)

// Style is a kind of face that Chinese documents call for and that the
// embedded fonts do not have. Offices usually have them installed: with
// Windows, with Debian's fonts-arphic-ukai and fonts-cwtex-* packages, or
// bought (方正小標宋).
type Style uint8

// The styles FindSystem looks for.
const (
	Kai          Style = iota // 楷體: block quotes; the second heading level of official documents
	FangSong                  // 仿宋: body text and the third and fourth heading levels of official documents
	XiaoBiaoSong              // 小標宋: titles of official documents
)

// String names the style in English, for messages.
func (s Style) String() string {
	switch s {
	case Kai:
		return "Kai"
	case FangSong:
		return "FangSong"
	case XiaoBiaoSong:
		return "XiaoBiaoSong"
	}
	return "style " + strconv.Itoa(int(s))
}

// knownFace is an installed font file known to hold a style: its file
// name, compared without case, and the face within a collection.
type knownFace struct {
	file  string
	index int
}

// knownFaces lists, by style and region, the font files that hold the style,
// best first. Only TrueType-outline fonts are listed: PDF export cannot
// embed the others.
var knownFaces = map[Style][2][]knownFace{
	Kai: {
		Traditional: {{"kaiu.ttf", 0}, {"ukai.ttc", 2}, {"tw-kai-98_1.ttf", 0}, {"cwkai.ttf", 0}},
		Simplified:  {{"simkai.ttf", 0}, {"ukai.ttc", 0}, {"楷体_gb2312.ttf", 0}, {"kaiti_gb2312.ttf", 0}, {"stkaiti.ttf", 0}},
	},
	FangSong: {
		Traditional: {{"cwfs.ttf", 0}},
		Simplified:  {{"simfang.ttf", 0}, {"仿宋_gb2312.ttf", 0}, {"fangsong_gb2312.ttf", 0}, {"stfangso.ttf", 0}},
	},
	XiaoBiaoSong: {
		Simplified: {{"方正小标宋简体.ttf", 0}, {"fzxbsjw.ttf", 0}, {"方正小标宋_gbk.ttf", 0}, {"fzxbsk.ttf", 0}},
	},
}

// SystemDirs returns the folders where this system keeps installed fonts,
// the user's own first.
func SystemDirs() []string {
	home, _ := os.UserHomeDir()
	switch runtime.GOOS {
	case "windows":
		return []string{
			filepath.Join(os.Getenv("LOCALAPPDATA"), "Microsoft", "Windows", "Fonts"),
			filepath.Join(os.Getenv("WINDIR"), "Fonts"),
		}
	case "darwin":
		return []string{filepath.Join(home, "Library", "Fonts"), "/Library/Fonts",
			"/System/Library/Fonts", "/System/Library/Fonts/Supplemental"}
	}
	dirs := []string{filepath.Join(home, ".local", "share", "fonts"), filepath.Join(home, ".fonts")}
	data := os.Getenv("XDG_DATA_DIRS")
	if data == "" {
		data = "/usr/local/share:/usr/share"
	}
	for _, d := range filepath.SplitList(data) {
		dirs = append(dirs, filepath.Join(d, "fonts"))
	}
	return dirs
}

// FindSystem looks in dirs (and the folders below them) for an installed
// font of style, trying the region's faces before the other region's. It
// returns the font as a spec for ParseSpec ("PATH" or "PATH:INDEX"), or ""
// when there is none. It does not read the fonts: LoadFile checks them.
func FindSystem(dirs []string, style Style, region Region) string {
	found := map[string]string{} // lower-case file name → path
	wanted := map[string]bool{}
	for _, list := range knownFaces[style] {
		for _, k := range list {
			wanted[k.file] = true
		}
	}
	eachFile(dirs, func(path string) {
		name := strings.ToLower(filepath.Base(path))
		if wanted[name] && found[name] == "" {
			found[name] = path
		}
	})
	other := Simplified
	if region == Simplified {
		other = Traditional
	}
	for _, reg := range []Region{region, other} {
		for _, k := range knownFaces[style][reg] {
			if path := found[k.file]; path != "" {
				if k.index > 0 {
					return path + ":" + strconv.Itoa(k.index)
				}
				return path
			}
		}
	}
	return ""
}

// eachFile calls fn with the path of every file in dirs and the folders
// below them, each once: regular files and symbolic links (which the
// readers follow and check again), never pipes, devices or sockets.
// Folders that are missing or cannot be read are skipped: an odd font
// folder is not an error.
func eachFile(dirs []string, fn func(path string)) {
	seen := map[string]bool{}
	for _, dir := range dirs {
		if dir == "" {
			continue
		}
		filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
			if err == nil && (d.Type().IsRegular() || d.Type()&fs.ModeSymlink != 0) && !seen[path] {
				seen[path] = true
				fn(path)
			}
			return nil
		})
	}
}
