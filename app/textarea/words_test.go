package textarea

import "testing"

func TestWordRightAndLeft(t *testing.T) {
	rs := []rune("我們用Go語言 write code。好")
	// Stops, counted by hand: 我們用|Go|語言 |write |code|。|好|
	right := []int{3, 5, 8, 14, 18, 19, 20}
	col := 0
	for _, want := range right {
		col = wordRight(rs, col)
		if col != want {
			t.Fatalf("wordRight stops at %d, want %d", col, want)
		}
	}
	if got := wordRight(rs, col); got != 20 {
		t.Errorf("wordRight at the end = %d, want 20", got)
	}
	left := []int{19, 18, 14, 8, 5, 3, 0}
	for _, want := range left {
		col = wordLeft(rs, col)
		if col != want {
			t.Fatalf("wordLeft stops at %d, want %d", col, want)
		}
	}
}

func TestWordAt(t *testing.T) {
	rs := []rune("請見 www 網站，謝謝")
	cases := []struct{ col, a, b int }{
		{0, 0, 2}, {1, 0, 2}, {3, 3, 6}, {5, 3, 6}, {2, 2, 3}, {7, 7, 9}, {9, 9, 10}, {12, 10, 12},
	}
	for _, c := range cases {
		if a, b := wordAt(rs, c.col); a != c.a || b != c.b {
			t.Errorf("wordAt(%d) = %d, %d; want %d, %d", c.col, a, b, c.a, c.b)
		}
	}
}
