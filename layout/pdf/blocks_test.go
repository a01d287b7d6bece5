package pdf

import (
	"bytes"
	"math/rand/v2"
	"testing"
)

// What is written in pieces of any size comes back whole and in order.
func TestBlocks(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for _, total := range []int{0, 1, blockSize - 1, blockSize, blockSize + 1, 3*blockSize + 12345} {
		want := make([]byte, total)
		for i := range want {
			want[i] = byte(r.IntN(256))
		}
		var b blocks
		for p := want; len(p) > 0; {
			n := min(len(p), 1+r.IntN(200_000))
			if k, err := b.Write(p[:n]); k != n || err != nil {
				t.Fatalf("Write: %d, %v", k, err)
			}
			p = p[n:]
		}
		got := b.join()
		if !bytes.Equal(got, want) || cap(got) != total {
			t.Errorf("%d bytes: got %d back (capacity %d)", total, len(got), cap(got))
		}
		if b.full != nil || b.last != nil {
			t.Error("join left the blocks behind")
		}
	}
}
