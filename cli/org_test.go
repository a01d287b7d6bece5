package cli

import (
	"flag"
	"testing"

	"github.com/paiban/paiban/orgdefaults"
)

// An organisation build's command line starts from the organisation's
// defaults, as its editor does for a new user: its footer, paper and size
// stand where no option is given; an option given wins, and --profile=
// with nothing prints no footer. An ordinary build keeps A4, 中 and no
// footer.
func TestOrganisationDefaults(t *testing.T) {
	d, err := orgdefaults.Load("../orgdefaults/testdata/org-taipei.yaml")
	if err != nil {
		t.Fatal(err)
	}
	d.Paper = "B5"
	for _, c := range []struct {
		name                string
		org                 orgdefaults.Defaults
		args                []string
		paper, size, footer string
	}{
		{"organisation, no options", d, nil, "B5", "大", "臺北市政府資訊局"},
		{"organisation, options given", d, []string{"--paper", "A5", "--size=小"}, "A5", "小", "臺北市政府資訊局"},
		{"organisation, --profile=", d, []string{"--profile="}, "B5", "大", ""},
		{"ordinary build", orgdefaults.Defaults{}, nil, "A4", "中", ""},
	} {
		var co common
		fs := flag.NewFlagSet("export", flag.ContinueOnError)
		co.registerWith(fs, c.org)
		if _, err := parse(fs, c.args); err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		s, err := co.settings()
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if s.Paper.Name != c.paper || s.Preset.Name != c.size || s.Profile.Organisation != c.footer {
			t.Errorf("%s: paper %s, size %s, footer %q; want %s, %s, %q", c.name, s.Paper.Name, s.Preset.Name, s.Profile.Organisation, c.paper, c.size, c.footer)
		}
	}
}
