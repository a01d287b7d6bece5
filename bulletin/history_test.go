package bulletin

import (
	"testing"
	"time"
)

func TestHistorySuggestsTheNextIssue(t *testing.T) {
	h := History{}
	if n := h.Next("工作動態", 2024, false); n != 1 {
		t.Errorf("empty history: %d, want 1", n)
	}
	june := time.Date(2024, 6, 6, 0, 0, 0, 0, time.UTC)
	h.Record(&Bulletin{Name: "工作動態", Issue: 5, Date: june})
	h.Record(&Bulletin{Name: "工作動態", Issue: 3, Date: june}) // a reissue of an old number
	h.Record(&Bulletin{Name: "工作動態", Issue: 1, Supplement: true, Date: june})
	h.Record(&Bulletin{Name: "會議簡報", Issue: 9, Date: june.AddDate(-1, 0, 0)})
	for _, c := range []struct {
		name       string
		year       int
		supplement bool
		want       int
	}{
		{"工作動態", 2024, false, 6},
		{"工作動態", 2024, true, 2},
		{"工作動態", 2025, false, 1},
		{"會議簡報", 2023, false, 10},
		{"會議簡報", 2024, false, 1},
	} {
		if got := h.Next(c.name, c.year, c.supplement); got != c.want {
			t.Errorf("%s %d %v: %d, want %d", c.name, c.year, c.supplement, got, c.want)
		}
	}
}
