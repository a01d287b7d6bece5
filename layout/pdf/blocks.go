package pdf

// blocks collects what gopdf writes in blocks of a fixed size, so that a
// long document grows by adding blocks instead of by copying all it holds
// into a buffer twice the size, as a bytes.Buffer does: for a document of
// a thousand pages, that copy was the largest allocation of the export.
type blocks struct {
	full [][]byte
	last []byte
}

// blockSize is the size of a block: large enough that a short article
// fits in one, small beside a long document.
const blockSize = 1 << 20

func (b *blocks) Write(p []byte) (int, error) {
	n := len(p)
	for len(p) > 0 {
		if len(b.last) == cap(b.last) {
			if b.last != nil {
				b.full = append(b.full, b.last)
			}
			b.last = make([]byte, 0, blockSize)
		}
		k := copy(b.last[len(b.last):cap(b.last)], p)
		b.last = b.last[:len(b.last)+k]
		p = p[k:]
	}
	return n, nil
}

// join returns everything written, in one slice of exactly its size, and
// empties b.
func (b *blocks) join() []byte {
	size := len(b.last)
	for _, f := range b.full {
		size += len(f)
	}
	out := make([]byte, 0, size)
	for i, f := range b.full {
		out = append(out, f...)
		b.full[i] = nil
	}
	out = append(out, b.last...)
	b.full, b.last = nil, nil
	return out
}
