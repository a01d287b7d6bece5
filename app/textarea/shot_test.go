package textarea

import (
	"image/png"
	"os"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
)

func TestShot(t *testing.T) {
	if os.Getenv("SHOT") == "" {
		t.Skip()
	}
	body := strings.Repeat("臺北市推動「智慧城市2030」計畫，首波15項服務正式上線。市府表示，將以 open data 與 AI 技術改善市民生活，網址 https://www.gov.taipei/smart 可查詢。\n\n", 40)
	ta, w := newTestArea(t, body, fyne.NewSize(420, 300))
	ta.Select(30, 400)
	img := w.Canvas().Capture()
	f, _ := os.Create("/tmp/shot.png")
	png.Encode(f, img)
	f.Close()
}
