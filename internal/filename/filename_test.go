package filename

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestSuggest(t *testing.T) {
	tests := []struct {
		name, title, ext, want string
	}{
		{"colon becomes full-width", "黨建引領改革:基層戰鬥堡壘強起來", ".pdf", "黨建引領改革：基層戰鬥堡壘強起來.pdf"},
		{"every forbidden character", `a\b/c:d*e?f"g<h>i|j`, ".md", "a＼b／c：d＊e？f＂g＜h＞i｜j.md"},
		{"plain title kept", "臺北市推動「智慧城市2030」計畫", ".pdf", "臺北市推動「智慧城市2030」計畫.pdf"},
		{"control characters and tabs are one space", "上海\t稅務\x01\x7f局\u0085新聞", ".md", "上海 稅務 局 新聞.md"},
		{"trailing dots and spaces go", "結語…。.. . ", ".pdf", "結語…。.pdf"},
		{"leading dots and spaces go", " ..hidden", ".md", "hidden.md"},
		{"runs of spaces fold", "a   b\u3000\u3000c", ".md", "a b c.md"},
		{"empty title uses the fallback", "", ".pdf", "Untitled.pdf"},
		{"title of forbidden dots uses the fallback", " . . ", ".md", "Untitled.md"},
		{"device name", "CON", ".pdf", "CON_.pdf"},
		{"device name in lower case", "nul", ".md", "nul_.md"},
		{"device name before a dot", "aux.notes", ".pdf", "aux.notes_.pdf"},
		{"device name with spaces before the dot", "com1 .x", ".pdf", "com1 .x_.pdf"},
		{"COM with superscript digit", "COM¹", ".pdf", "COM¹_.pdf"},
		{"LPT9", "Lpt9", ".md", "Lpt9_.md"},
		{"not a device: longer", "CONSOLE", ".pdf", "CONSOLE.pdf"},
		{"not a device: COM10", "COM10", ".pdf", "COM10.pdf"},
		{"invalid UTF-8 dropped", "新\xff聞", ".md", "新 聞.md"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Suggest("", tt.title, tt.ext, "Untitled"); got != tt.want {
				t.Errorf("Suggest(%q, %q) = %q, want %q", tt.title, tt.ext, got, tt.want)
			}
		})
	}
}

// Every suggestion is a name Windows accepts, whatever the title.
func TestSuggestAlwaysValid(t *testing.T) {
	titles := []string{"", ".", "..", "CON", "a:b", strings.Repeat("界", 300), strings.Repeat("a. ", 200),
		strings.Repeat("😀", 100), "\x00\x1f", "?*", strings.Repeat("字", 84) + " ." + strings.Repeat("x", 10)}
	for _, title := range titles {
		for _, dir := range []string{"", `C:\Users\me\Documents`, strings.Repeat(`\長`, 130)} {
			got := Suggest(dir, title, ".pdf", "")
			if msg := invalid(got); msg != "" {
				t.Errorf("Suggest(%q, %q) = %q: %s", dir, title, got, msg)
			}
		}
	}
}

// invalid says why Windows or Linux would refuse name, or "".
func invalid(name string) string {
	switch {
	case name == "" || name == ".pdf":
		return "empty"
	case len(name) > MaxBytes:
		return "too long"
	case !utf8.ValidString(name):
		return "not UTF-8"
	case strings.ContainsAny(name, `\/:*?"<>|`):
		return "forbidden character"
	case strings.HasSuffix(name, ".") || strings.HasSuffix(name, " ") || strings.HasPrefix(name, ".") || strings.HasPrefix(name, " "):
		return "starts or ends with a dot or space"
	case isReserved(name):
		return "device name"
	}
	for _, r := range name {
		if r < 0x20 || r == 0x7f {
			return "control character"
		}
	}
	return ""
}

func TestSuggestLength(t *testing.T) {
	long := strings.Repeat("稅", 200)
	got := Suggest("", long, ".pdf", "")
	if len(got) > MaxBytes {
		t.Errorf("name of %d bytes, more than %d", len(got), MaxBytes)
	}
	if want := strings.Repeat("稅", 83) + ".pdf"; got != want {
		t.Errorf("got %d characters, want 83 and .pdf", utf8.RuneCountInString(got))
	}
	// Characters outside the BMP take 4 bytes; the cut is at a character.
	if got := Suggest("", strings.Repeat("𠀀", 100), ".md", ""); got != strings.Repeat("𠀀", 63)+".md" {
		t.Errorf("cut of 4-byte characters: %d characters", utf8.RuneCountInString(got))
	}
	// A cut that ends on a space or dot is trimmed.
	if got := Suggest("", strings.Repeat("稅", 83)+" 稅稅", ".pdf", ""); got != strings.Repeat("稅", 83)+".pdf" {
		t.Errorf("cut before a space: %q", got)
	}
}

func TestSuggestPath(t *testing.T) {
	dir := `C:\Users\chen\Documents\` + strings.Repeat("資料", 100) // 224 UTF-16 units
	got := Suggest(dir, strings.Repeat("稅", 60), ".pdf", "")
	if n := utf16Len(dir) + 1 + utf16Len(got); n > MaxPath {
		t.Errorf("path of %d units, more than %d: %q", n, MaxPath, got)
	}
	if want := strings.Repeat("稅", MaxPath-utf16Len(dir)-1-4) + ".pdf"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	// A folder that leaves no room still gets minRunes of the title.
	deep := strings.Repeat(`\深`, 200)
	if got := Suggest(deep, strings.Repeat("稅", 60), ".pdf", ""); got != strings.Repeat("稅", minRunes)+".pdf" {
		t.Errorf("deep folder: %q", got)
	}
	// A short title in a short folder is kept whole.
	if got := Suggest(`C:\x`, "新聞稿", ".pdf", ""); got != "新聞稿.pdf" {
		t.Errorf("short: %q", got)
	}
}
