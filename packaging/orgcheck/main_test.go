package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestShortName(t *testing.T) {
	if got, err := shortName("../../orgdefaults/testdata/org-taipei.yaml"); err != nil || got != "tpe-it" {
		t.Errorf("example: %q, %v; want tpe-it", got, err)
	}
	dir := t.TempDir()
	for _, tt := range []struct{ text, says string }{
		{"organisation: 甲\n", "short_name"},
		{"short_name: tpe\npaper: A0\n", "org.yaml:2:"},
	} {
		path := filepath.Join(dir, "org.yaml")
		if err := os.WriteFile(path, []byte(tt.text), 0o644); err != nil {
			t.Fatal(err)
		}
		if _, err := shortName(path); err == nil || !strings.Contains(err.Error(), tt.says) {
			t.Errorf("%q: error %v, want one saying %q", tt.text, err, tt.says)
		}
	}
}
