package textarea

import (
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
)

// benchBody is an article body of about n characters: paragraphs of mixed
// Chinese, Latin words and numbers, separated by blank lines.
func benchBody(n int) string {
	para := "臺北市政府今（15）日宣布推動「智慧城市2030」計畫，首波15項數位服務正式上線，" +
		"市民可透過 TaipeiPass 應用程式申辦各項業務。資訊局表示，本計畫將整合 open data 與 AI 技術，" +
		"預計於2025年前完成全市80%的行政流程數位化，網址 https://www.gov.taipei 可查詢詳情。"
	var b strings.Builder
	count := 0
	for count < n {
		b.WriteString(para)
		b.WriteString("\n\n")
		count += len([]rune(para)) + 2
	}
	return b.String()
}

// benchKeystroke types one character in the middle of an n-character body
// per iteration, and paints: the widget's own work (wrapping the line,
// placing the objects of the rows in view) and, with capture, the test
// canvas's software rendering of the window. It reports the median.
func benchKeystroke(b *testing.B, n int, capture bool) {
	ta, w := newTestArea(b, benchBody(n), fyne.NewSize(600, 800))
	ta.SetCursor(ta.Len() / 2)
	ta.ScrollToCursor()
	c := w.Canvas()
	if capture {
		c.Capture()
	}
	times := make([]time.Duration, 0, b.N)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		start := time.Now()
		ta.TypedRune('字')
		if capture {
			c.Capture()
		}
		times = append(times, time.Since(start))
	}
	b.StopTimer()
	slices.Sort(times)
	b.ReportMetric(float64(times[len(times)/2].Microseconds())/1000, "ms-median")
	b.ReportMetric(float64(times[len(times)-1].Microseconds())/1000, "ms-worst")
}

func BenchmarkKeystroke20k(b *testing.B)         { benchKeystroke(b, 20000, false) }
func BenchmarkKeystroke200k(b *testing.B)        { benchKeystroke(b, 200000, false) }
func BenchmarkKeystrokeCapture20k(b *testing.B)  { benchKeystroke(b, 20000, true) }
func BenchmarkKeystrokeCapture200k(b *testing.B) { benchKeystroke(b, 200000, true) }

// Select All and Copy of a 200 000-character body.
func BenchmarkSelectAllCopy200k(b *testing.B) {
	body := benchBody(200000)
	ta, _ := newTestArea(b, body, fyne.NewSize(600, 800))
	clip := fyne.CurrentApp().Clipboard()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		ta.Select(0, 0)
		ta.TypedShortcut(&fyne.ShortcutSelectAll{})
		ta.TypedShortcut(&fyne.ShortcutCopy{Clipboard: clip})
	}
	b.StopTimer()
	if len(clip.Content()) != len(body) {
		b.Fatal("the copy is not the whole body")
	}
}

// Paste of 20 000 characters of Word-style text (a line a paragraph,
// indented with full-width spaces) into the middle of a 20 000-character
// body, painted; undone after each paste, outside the timing.
func BenchmarkPaste20k(b *testing.B) {
	ta, _ := newTestArea(b, benchBody(20000), fyne.NewSize(600, 800))
	pasted := "　　" + strings.ReplaceAll(strings.TrimSpace(benchBody(20000)), "\n\n", "\r\n　　")
	clip := fyne.CurrentApp().Clipboard()
	clip.SetContent(pasted)
	mid := ta.Len() / 2
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		ta.SetCursor(mid)
		ta.TypedShortcut(&fyne.ShortcutPaste{Clipboard: clip})
		b.StopTimer()
		ta.Undo()
		b.StartTimer()
	}
}

// Text of a 200 000-character body after an edit (what the editor reads
// after each change).
func BenchmarkText200k(b *testing.B) {
	ta, _ := newTestArea(b, benchBody(200000), fyne.NewSize(600, 800))
	ta.SetCursor(ta.Len() / 2)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		ta.TypedRune('字')
		_ = ta.Text()
	}
}

// SetText of a 200 000-character body: split, wrapped and painted.
func BenchmarkSetText200k(b *testing.B) {
	body := benchBody(200000)
	ta, _ := newTestArea(b, "", fyne.NewSize(600, 800))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		ta.SetText(body)
	}
}

// The test canvas's software rendering of the window alone, no keystroke:
// the floor under BenchmarkKeystrokeCapture.
func BenchmarkCaptureOnly20k(b *testing.B) {
	ta, w := newTestArea(b, benchBody(20000), fyne.NewSize(600, 800))
	ta.SetCursor(ta.Len() / 2)
	ta.ScrollToCursor()
	c := w.Canvas()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		c.Capture()
	}
}

// One keystroke in the middle of a single 20 000-character paragraph (a
// paste without line breaks): the one line is wrapped again.
func BenchmarkKeystrokeOneParagraph20k(b *testing.B) {
	body := strings.ReplaceAll(benchBody(20000), "\n\n", "")
	ta, _ := newTestArea(b, body, fyne.NewSize(600, 800))
	ta.SetCursor(ta.Len() / 2)
	ta.ScrollToCursor()
	times := make([]time.Duration, 0, b.N)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		start := time.Now()
		ta.TypedRune('字')
		times = append(times, time.Since(start))
	}
	b.StopTimer()
	slices.Sort(times)
	b.ReportMetric(float64(times[len(times)/2].Microseconds())/1000, "ms-median")
}

// Replace All in a 200 000-character body as one undo step: every "市"
// (about 3 300) replaced in one Batch, from the end so that the offsets
// found stay good; undone after each run, outside the timing.
func BenchmarkReplaceAll200k(b *testing.B) {
	body := benchBody(200000)
	ta, _ := newTestArea(b, body, fyne.NewSize(600, 800))
	var at []int
	for i := strings.Index(body, "市"); i >= 0; {
		at = append(at, i)
		j := strings.Index(body[i+1:], "市")
		if j < 0 {
			break
		}
		i += 1 + j
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		ta.Batch(func() {
			for k := len(at) - 1; k >= 0; k-- {
				ta.Replace(at[k], at[k]+len("市"), "城")
			}
		})
		b.StopTimer()
		ta.Undo()
		b.StartTimer()
	}
	b.ReportMetric(float64(len(at)), "replacements")
}

// A window resized with a 200 000-character body: every line wrapped
// again at the new width (their break opportunities kept), and painted.
func BenchmarkResize200k(b *testing.B) {
	ta, w := newTestArea(b, benchBody(200000), fyne.NewSize(600, 800))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		w.Resize(fyne.NewSize(float32(560+40*(i%2)), 800))
	}
	b.StopTimer()
	_ = ta
}
