package bulletin

import (
	"errors"
	"reflect"
	"testing"
)

// FuzzParse reads any text as a bulletin file: no panic, a fault always
// an *Error, and a bulletin that reads writes out (Marshal) as a file that
// reads back the same.
func FuzzParse(f *testing.F) {
	f.Add([]byte(good))
	f.Add([]byte("name: 動態\narticles: [a.md, {file: b.md, new_page: true}]\n"))
	f.Add([]byte("name: &n 動態\neditor: *n\narticles: [a.md]\nnote: |\n  兩行\n  文字\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		b, err := Parse(data)
		if err != nil {
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("%T: %v", err, err)
			}
			return
		}
		out, err := b.Marshal()
		if err != nil {
			t.Fatal(err)
		}
		back, err := Parse(out)
		if err != nil {
			t.Fatalf("%v reading back\n%s", err, out)
		}
		for i := range back.Articles {
			back.Articles[i].Line, back.Articles[i].Col = b.Articles[i].Line, b.Articles[i].Col
		}
		if !reflect.DeepEqual(back, b) {
			t.Fatalf("read back\n%+v\nnot\n%+v\nfrom\n%s", back, b, out)
		}
	})
}
