//go:build !windows

package printing

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"regexp"
	"strconv"
	"strings"

	"github.com/paiban/paiban/message"
)

// System is the system's spooler: CUPS, through its commands lp and
// lpstat.
func System() Spooler { return &CUPS{} }

// CUPS prints through the CUPS commands: the printers and the default come
// from lpstat, jobs go to lp with the PDF on its standard input. The zero
// value talks to the scheduler the environment names (CUPS_SERVER, or the
// local one). Its methods are safe for concurrent use.
type CUPS struct {
	// Server, when set, is the scheduler to talk to instead (CUPS_SERVER:
	// a host, host:port or a socket's path).
	Server string
	// run runs a command with stdin and returns its standard output and
	// error; nil runs the real program (tests put a fake here).
	run func(ctx context.Context, stdin []byte, name string, args ...string) (stdout, stderr []byte, err error)
}

// command runs name with the C locale (the outputs parsed here are
// English) and the scheduler set.
func (c *CUPS) command(ctx context.Context, stdin []byte, name string, args ...string) ([]byte, []byte, error) {
	if c.run != nil {
		return c.run(ctx, stdin, name, args...)
	}
	cmd := exec.CommandContext(ctx, name, args...)
	env := append(os.Environ(), "LC_ALL=C", "LANG=C", "LANGUAGE=")
	if c.Server != "" {
		env = append(env, "CUPS_SERVER="+c.Server)
	}
	cmd.Env = env
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	if stdin != nil {
		cmd.Stdin = bytes.NewReader(stdin)
	}
	err := cmd.Run()
	if errors.Is(err, exec.ErrNotFound) {
		return nil, nil, message.New(noCUPS)
	}
	return out.Bytes(), errOut.Bytes(), err
}

// Printers lists the CUPS destinations with their states and the default
// (lpstat -r, -e, then -p -a -d). A scheduler that is not running is an
// error that says so; no printers is an empty list.
func (c *CUPS) Printers(ctx context.Context) ([]Printer, error) {
	out, _, err := c.command(ctx, nil, "lpstat", "-r")
	var missing *message.Error
	if errors.As(err, &missing) {
		return nil, err // no lpstat
	}
	if strings.Contains(string(out), "not running") || !strings.Contains(string(out), "is running") {
		return nil, message.New(noScheduler)
	}
	out, errOut, err := c.command(ctx, nil, "lpstat", "-e")
	if err != nil {
		return nil, message.New(listFailed, commandError(err, errOut))
	}
	names := strings.Fields(string(out))
	if len(names) == 0 {
		return nil, nil
	}
	// lpstat -p exits 1 when a destination has gone between the two calls;
	// what it printed is still good.
	out, _, _ = c.command(ctx, nil, "lpstat", "-p", "-a", "-d")
	return parseLpstat(names, string(out)), nil
}

var (
	printerLine   = regexp.MustCompile(`^printer (\S+) (?:is idle|now printing|disabled)`)
	acceptingLine = regexp.MustCompile(`^(\S+) (not )?accepting requests`)
	defaultLine   = regexp.MustCompile(`^system default destination: (\S+)`)
)

// parseLpstat reads the states, acceptance and default of the printers
// named (lpstat -e) from the C-locale output of lpstat -p -a -d:
//
//	printer Office is idle.  enabled since …
//	printer Lab now printing Lab-3.  enabled since …
//	printer Old disabled since … -
//		paper jam
//	Office accepting requests since …
//	Old not accepting requests since … -
//		Rejecting Jobs
//	system default destination: Office
//
// A reason is the indented line after its printer's line.
func parseLpstat(names []string, out string) []Printer {
	ps := make([]Printer, len(names))
	at := map[string]int{}
	for i, n := range names {
		ps[i] = Printer{Name: n, Accepting: true}
		at[n] = i
	}
	var last *Printer // the printer the next indented line explains
	for _, line := range strings.Split(out, "\n") {
		if strings.HasPrefix(line, "\t") || strings.HasPrefix(line, " ") {
			if r := strings.TrimSpace(line); last != nil && r != "" && last.Reason == "" && !strings.EqualFold(r, "Rejecting Jobs") && !strings.EqualFold(r, "reason unknown") {
				last.Reason = r
			}
			continue
		}
		last = nil
		if m := printerLine.FindStringSubmatch(line); m != nil {
			if i, ok := at[m[1]]; ok {
				last = &ps[i]
				switch {
				case strings.Contains(line, " disabled"):
					last.State = Stopped
				case strings.Contains(line, " now printing"):
					last.State = Printing
				}
			}
			continue
		}
		if m := acceptingLine.FindStringSubmatch(line); m != nil {
			if i, ok := at[m[1]]; ok {
				ps[i].Accepting = m[2] == ""
				last = &ps[i]
			}
			continue
		}
		if m := defaultLine.FindStringSubmatch(line); m != nil {
			if i, ok := at[m[1]]; ok {
				ps[i].Default = true
			}
		}
	}
	return ps
}

// media is the PWG name CUPS takes for each of Paiban's papers.
var media = map[string]string{
	"A4":     "iso_a4_210x297mm",
	"A5":     "iso_a5_148x210mm",
	"B5":     "iso_b5_176x250mm",
	"Letter": "na_letter_8.5x11in",
}

var requestID = regexp.MustCompile(`request id is (\S+)`)

// Send prints doc's PDF on p with lp: its copies (collated), its pages as -P ranges
// (left out when all are printed), sides=two-sided-long-edge or
// one-sided, and the paper as media. The job id is lp's.
func (c *CUPS) Send(ctx context.Context, p Printer, doc *Document, pages []int, o Options) (Job, error) {
	title := o.Title
	if title == "" {
		title = "Paiban"
	}
	args := []string{"-d", p.Name, "-n", strconv.Itoa(o.copies()), "-t", title}
	if o.copies() > 1 {
		args = append(args, "-o", "collate=true") // whole sets, not each page n times
	}
	if len(pages) != doc.Pages {
		args = append(args, "-P", rangesOf(pages).String())
	}
	sides := "one-sided"
	if o.Duplex {
		sides = "two-sided-long-edge"
	}
	args = append(args, "-o", "sides="+sides)
	if m, ok := media[doc.Paper.Name]; ok {
		args = append(args, "-o", "media="+m)
	}
	out, errOut, err := c.command(ctx, doc.PDF, "lp", args...)
	if err != nil {
		var m *message.Error
		if errors.As(err, &m) {
			return Job{}, err
		}
		return Job{}, message.New(sendFailed, p.Name, commandError(err, errOut))
	}
	id := requestID.FindSubmatch(out)
	if id == nil {
		return Job{}, message.New(noJobID, p.Name, strings.TrimSpace(string(out)))
	}
	return Job{ID: string(id[1]), Printer: p.Name, Pages: len(pages), Copies: o.copies()}, nil
}

// rangesOf turns pages in order into the fewest ranges.
func rangesOf(pages []int) Pages {
	var out Pages
	for _, n := range pages {
		if k := len(out); k > 0 && out[k-1].Last+1 == n {
			out[k-1].Last = n
			continue
		}
		out = append(out, Range{n, n})
	}
	return out
}

// commandError is what a failed command said on its standard error, or
// how it failed when it said nothing.
func commandError(err error, stderr []byte) error {
	s := strings.TrimSpace(string(stderr))
	if s == "" {
		return err
	}
	s = strings.TrimPrefix(s, "lp: ")
	s = strings.TrimPrefix(s, "lpstat: ")
	return fmt.Errorf("%s", s)
}
