package cjk

import "testing"

func TestParseLang(t *testing.T) {
	tests := []struct {
		in   string
		want Lang
	}{
		{"zh-Hant", Hant}, {"zh-hant", Hant}, {"ZH-HANT", Hant}, {"zh-TW", Hant}, {"zh-hk", Hant},
		{"zh-MO", Hant}, {"zh_TW", Hant}, {"zh-Hant-TW", Hant}, {" zh-Hant ", Hant},
		{"zh-Hans", Hans}, {"zh-CN", Hans}, {"zh-sg", Hans}, {"zh-Hans-CN", Hans}, {"zh_Hans", Hans},
		{"zh", ""}, {"en", ""}, {"zh-Hantx", ""}, {"", ""}, {"zh-TW-x", ""},
	}
	for _, tt := range tests {
		got, err := ParseLang(tt.in)
		if got != tt.want || (err == nil) != (tt.want != "") {
			t.Errorf("ParseLang(%q) = %q, %v; want %q", tt.in, got, err, tt.want)
		}
	}
}

func TestOther(t *testing.T) {
	if Hant.Other() != Hans || Hans.Other() != Hant {
		t.Errorf("Hant.Other() = %s, Hans.Other() = %s", Hant.Other(), Hans.Other())
	}
}
