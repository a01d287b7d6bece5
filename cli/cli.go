// Package cli is Paiban's command line: export an article to PDF, show the
// layout as JSON, proofread an article and convert it between 简体 and 繁體.
// main.go hands it the arguments; it returns the exit status, so it can be
// tested without starting a process.
//
// It must not import any UI package.
package cli

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/paiban/paiban/article"
	"github.com/paiban/paiban/convert"
	"github.com/paiban/paiban/export"
	"github.com/paiban/paiban/fonts"
	"github.com/paiban/paiban/internal/atomicfile"
	"github.com/paiban/paiban/message"
	"github.com/paiban/paiban/profile"
	"github.com/paiban/paiban/proof"
)

const usage = `Paiban 排版 — Chinese news articles as print-ready PDF.

Usage:
  paiban                      open the editor
  paiban export [options] -o OUT.pdf ARTICLE.md
  paiban layout --json [options] ARTICLE.md
  paiban render [options] [--page N] [--dpi D] -o PAGE.png ARTICLE.md
  paiban check [--fix] ARTICLE.md
  paiban convert --to s2t|s2tw|s2hk|t2s -o OUT.md ARTICLE.md
  paiban fonts [--all]        the installed fonts the font options take
  paiban --version

Every command takes --lang en|zh-Hant|zh-Hans, the language of its
messages (by default the locale's: LANG=zh_TW.UTF-8 gives 繁體).

Options:
  --profile P.yaml   the organisation profile printed in the footer
  --size S           大, 中 or 小 (large, medium, small); default 中
  --paper P          A4, A5, B5 or Letter; default A4
  --allow-missing    print characters no font has as 〓 instead of failing
  --preset gbt9704   the GB/T 9704-2012 official-document page: A4, 22 lines × 28 characters at 16 pt
  --compress C       punctuation compression: auto (zh-Hans only, the default), on or off
  --keep-halfwidth   print , : ; ! ? typed between Chinese characters half-width, as typed
  --body-font F      your own font for body text: a .ttf, or FILE.ttc:N for face N of a collection
  --title-font F     your own font for the title and headings (same forms)
  --quote-font F     your own font for block quotes (same forms)
  --heading-font N=F your own font for heading level N (2 for ##, 3 for ###…); may repeat
  --no-system-fonts  use no installed font: by default an installed Kai (楷體) sets block
                     quotes and, with --preset gbt9704, installed FangSong (仿宋),
                     XiaoBiaoSong (小標宋) and Kai faces set the body, title and headings

render draws page N (from 1; default 1) as the editor's preview shows it,
at D dots per inch (10 to 600; default 96), into a PNG file.

check proofreads the article and prints file:line:col: rule: message for
each finding; it exits 1 when there are any. --lang picks the language of
the messages; --fix makes the safe fixes in place, keeping ARTICLE.md.bak.

fonts lists the installed TrueType faces that cover Chinese (--all: every
one), each as the argument --body-font and the other font options take.

convert turns the article, front matter included, into 繁體 (s2t, s2tw for
Taiwan, s2hk for Hong Kong) or 简体 (t2s), sets its lang, writes OUT.md and
prints the changed lines as a diff.
`

// Run runs the command line with args (without the program name) and
// returns the exit status: 0 success, 1 failure, 2 misuse.
func Run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return 2
	}
	lang, args, err := takeLang(args)
	if err != nil {
		return fail(err, lang, stderr)
	}
	switch args[0] {
	case "export":
		err = runExport(args[1:], lang, stdout, stderr)
	case "layout":
		err = runLayout(args[1:], stdout)
	case "check":
		err = runCheck(args[1:], lang, stdout, stderr)
	case "convert":
		err = runConvert(args[1:], stdout)
	case "fonts":
		err = runFonts(args[1:], stdout)
	case "render":
		err = runRender(args[1:], stdout, stderr)
	case "--version", "-version", "version":
		fmt.Fprintln(stdout, "paiban", export.Version)
		return 0
	case "help", "-h", "--help":
		fmt.Fprint(stdout, usage)
		return 0
	default:
		err = usageError(fmt.Sprintf("unknown command %q", args[0]))
	}
	return fail(err, lang, stderr)
}

// fail reports err, in language lang, and returns the exit status: 0 for
// no error, 2 for a misuse, what an exitStatus says, 1 otherwise.
func fail(err error, lang message.Lang, stderr io.Writer) int {
	if err == nil {
		return 0
	}
	var st exitStatus
	if errors.As(err, &st) {
		return int(st)
	}
	for _, line := range strings.Split(message.In(err, lang), "\n") {
		fmt.Fprintln(stderr, "paiban:", line)
	}
	var u usageError
	if errors.As(err, &u) {
		fmt.Fprintln(stderr, "run 'paiban help' for usage")
		return 2
	}
	return 1
}

// takeLang takes the --lang option (--lang L or --lang=L, anywhere after
// the command) out of args: the language of the messages, en, zh-Hant or
// zh-Hans, by default the locale's.
func takeLang(args []string) (message.Lang, []string, error) {
	lang := message.FromEnv()
	out := make([]string, 0, len(args))
	for i := 0; i < len(args); i++ {
		v, ok := "", false
		switch a := args[i]; {
		case a == "--lang" || a == "-lang":
			if i+1 == len(args) {
				return lang, args, usageError("--lang needs en, zh-Hant or zh-Hans")
			}
			v, ok = args[i+1], true
			i++
		case strings.HasPrefix(a, "--lang=") || strings.HasPrefix(a, "-lang="):
			_, v, _ = strings.Cut(a, "=")
			ok = true
		}
		if !ok {
			out = append(out, args[i])
			continue
		}
		l, err := message.Parse(v)
		if err != nil {
			return lang, args, usageError(err.Error())
		}
		lang = l
	}
	return lang, out, nil
}

type usageError string

func (e usageError) Error() string { return string(e) }

// exitStatus ends a command with that status and no message: the command
// has said all there is to say (check, when it found something).
type exitStatus int

func (e exitStatus) Error() string { return fmt.Sprintf("exit status %d", int(e)) }

// common are the options export and layout share.
type common struct {
	profile, size, paper string
	bodyFont, titleFont  string
	quoteFont            string
	headingFonts         headingFonts
	noSystemFonts        bool
	preset               string
	allowMissing         bool
	keepHalfWidth        bool
	compress             string
	lib                  *fonts.Library
}

func (c *common) register(fs *flag.FlagSet) {
	fs.StringVar(&c.profile, "profile", "", "organisation profile (YAML)")
	fs.StringVar(&c.size, "size", "中", "大, 中 or 小")
	fs.StringVar(&c.paper, "paper", "A4", "A4, A5, B5 or Letter")
	fs.BoolVar(&c.allowMissing, "allow-missing", false, "print characters no font has as 〓")
	fs.StringVar(&c.preset, "preset", "", "gbt9704 for the official-document page")
	fs.BoolVar(&c.keepHalfWidth, "keep-halfwidth", false, "print half-width punctuation as typed")
	fs.StringVar(&c.compress, "compress", "auto", "auto, on or off")
	fs.StringVar(&c.bodyFont, "body-font", "", "your own font for body text")
	fs.StringVar(&c.titleFont, "title-font", "", "your own font for titles and headings")
	fs.StringVar(&c.quoteFont, "quote-font", "", "your own font for block quotes")
	fs.Var(&c.headingFonts, "heading-font", "LEVEL=FONT: your own font for one heading level (2 for ##); may repeat")
	fs.BoolVar(&c.noSystemFonts, "no-system-fonts", false, "use no installed Kai, FangSong or XiaoBiaoSong font")
}

// headingFonts collects --heading-font LEVEL=FONT options.
type headingFonts map[int]string

func (h *headingFonts) String() string { return fmt.Sprint(map[int]string(*h)) }

func (h *headingFonts) Set(v string) error {
	level, spec, ok := strings.Cut(v, "=")
	n, err := strconv.Atoi(level)
	if !ok || err != nil || n < 2 || n > 6 || spec == "" {
		return fmt.Errorf("--heading-font wants LEVEL=FONT with LEVEL 2 to 6 (2 for ##), not %q", v)
	}
	if *h == nil {
		*h = headingFonts{}
	}
	(*h)[n] = spec
	return nil
}

// settings validates the options, loads the profile and the fonts, and
// turns them into export settings (export.Choices, shared with the editor).
func (c *common) settings() (export.Settings, error) {
	ch := export.Choices{Size: c.size, Paper: c.paper, Compress: c.compress,
		BodyFont: c.bodyFont, TitleFont: c.titleFont, QuoteFont: c.quoteFont, HeadingFonts: c.headingFonts,
		NoSystemFonts: c.noSystemFonts, KeepHalfWidth: c.keepHalfWidth, AllowMissing: c.allowMissing}
	switch strings.ToLower(c.preset) {
	case "":
	case "gbt9704", "gb/t9704", "公文":
		ch.Official = true
	default:
		return export.Settings{}, usageError(fmt.Sprintf("unknown preset %q (want gbt9704)", c.preset))
	}
	if c.profile != "" {
		p, err := profile.Load(c.profile)
		if err != nil {
			return export.Settings{}, err
		}
		ch.Profile, ch.ProfileFile = p, c.profile
	}
	c.lib = fonts.NewLibrary()
	s, err := ch.Settings(c.lib)
	var bad *export.ChoiceError
	if errors.As(err, &bad) {
		return s, usageError(err.Error())
	}
	return s, err
}

// open checks the options, loads what they name and opens the article.
func (c *common) open(path string) (export.Settings, *export.Job, error) {
	s, err := c.settings()
	if err != nil {
		return s, nil, err
	}
	job, err := export.Open(path, c.lib)
	return s, job, err
}

// parse parses flags that may come before or after the positional
// arguments, and returns the positional ones.
func parse(fs *flag.FlagSet, args []string) ([]string, error) {
	fs.SetOutput(io.Discard)
	var rest []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, usageError(err.Error())
		}
		args = fs.Args()
		if len(args) == 0 {
			return rest, nil
		}
		rest = append(rest, args[0])
		args = args[1:]
	}
}

func runExport(args []string, lang message.Lang, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("export", flag.ContinueOnError)
	var c common
	c.register(fs)
	out := fs.String("o", "", "the PDF to write")
	files, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(files) != 1 {
		return usageError("export takes one article file")
	}
	if *out == "" {
		return usageError("export needs -o OUT.pdf")
	}
	s, job, err := c.open(files[0])
	if err != nil {
		return err
	}
	doc, err := job.WritePDF(*out, s)
	var missing *export.MissingError
	if errors.As(err, &missing) {
		return fmt.Errorf("%w\n(pass --allow-missing to print them as 〓)", err)
	}
	if err != nil {
		return err
	}
	const most = 20
	ws := job.WarningsIn(doc, lang)
	for i, w := range ws {
		if i == most {
			fmt.Fprintf(stderr, "paiban: warning: … and %d more\n", len(ws)-most)
			break
		}
		fmt.Fprintln(stderr, "paiban: warning:", w)
	}
	fmt.Fprintf(stdout, "%s: %d page(s), %s %s\n", *out, len(doc.Pages), s.Paper.Name, s.Preset.Name)
	return nil
}

func runLayout(args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("layout", flag.ContinueOnError)
	var c common
	c.register(fs)
	asJSON := fs.Bool("json", false, "print the pages as JSON")
	files, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(files) != 1 {
		return usageError("layout takes one article file")
	}
	if !*asJSON {
		return usageError("layout needs --json (the only output format)")
	}
	s, job, err := c.open(files[0])
	if err != nil {
		return err
	}
	doc := job.Layout(s)
	enc := json.NewEncoder(stdout)
	enc.SetIndent("", " ")
	return enc.Encode(doc)
}

func runCheck(args []string, lang message.Lang, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("check", flag.ContinueOnError)
	fix := fs.Bool("fix", false, "make the safe fixes in place, keeping a .bak copy")
	files, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(files) != 1 {
		return usageError("check takes one article file")
	}
	loc := proof.Locale(lang)
	path := files[0]
	job, err := export.Open(path, nil)
	if err != nil {
		return err
	}
	a := job.Article
	found := proof.Check(a, proof.Options{Locale: loc})
	if *fix {
		if a, found, err = fixArticle(path, a, found, loc, stderr); err != nil {
			return err
		}
	}
	for _, f := range found {
		fmt.Fprintf(stdout, "%s:%s\n", path, f)
	}
	if len(found) > 0 {
		return exitStatus(1)
	}
	return nil
}

// fixArticle makes the safe fixes of found in the article file at path,
// after copying the file to path.bak, and checks the result again.
func fixArticle(path string, a *article.Article, found []proof.Finding, loc proof.Locale, stderr io.Writer) (*article.Article, []proof.Finding, error) {
	fixed, n := proof.ApplyFixes(a.Source, found)
	if n == 0 {
		return a, found, nil
	}
	fixedArticle, err := article.Parse(fixed)
	if err != nil {
		return nil, nil, fmt.Errorf("%s: the fixes would break the article, nothing written (a bug): %w", path, err)
	}
	backup := path + ".bak"
	if err := atomicfile.Same(backup, path); err != nil {
		return nil, nil, fmt.Errorf("keeping a copy before fixing: %w", err)
	}
	if err := atomicfile.WriteFile(backup, a.Source, 0o644); err != nil {
		return nil, nil, fmt.Errorf("keeping a copy before fixing: %w", err)
	}
	if err := atomicfile.WriteFile(path, fixed, 0o644); err != nil {
		return nil, nil, fmt.Errorf("fixing: %w", err)
	}
	fmt.Fprintf(stderr, "paiban: %s: made %d fix(es); the original is in %s\n", path, n, backup)
	return fixedArticle, proof.Check(fixedArticle, proof.Options{Locale: loc}), nil
}

func runConvert(args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("convert", flag.ContinueOnError)
	to := fs.String("to", "", "s2t, s2tw, s2hk or t2s")
	out := fs.String("o", "", "the converted article to write")
	files, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(files) != 1 {
		return usageError("convert takes one article file")
	}
	if *to == "" {
		return usageError("convert needs --to s2t|s2tw|s2hk|t2s")
	}
	cfg, err := convert.ParseConfig(*to)
	if err != nil {
		return usageError(err.Error())
	}
	if *out == "" {
		return usageError("convert needs -o OUT.md")
	}
	if err := atomicfile.Same(*out, files[0]); err != nil {
		return err
	}
	job, err := export.Open(files[0], nil)
	if err != nil {
		return err
	}
	src := job.Article.Source
	converted, err := convert.Article(cfg, src)
	if err != nil {
		return fmt.Errorf("%s: %w", files[0], err)
	}
	if err := atomicfile.WriteFile(*out, converted, 0o644); err != nil {
		return fmt.Errorf("writing the converted article: %w", err)
	}
	hunks := convert.Diff(string(src), string(converted))
	if err := convert.WriteDiff(stdout, files[0], *out, hunks); err != nil {
		return err
	}
	changed := 0
	for _, h := range hunks {
		changed += h.Changed()
	}
	total := strings.Count(string(src), "\n")
	if len(src) > 0 && src[len(src)-1] != '\n' {
		total++
	}
	fmt.Fprintf(stdout, "%s: %d of %d line(s) changed, lang %s, written to %s\n", cfg, changed, total, cfg.Lang(), *out)
	return nil
}

func runFonts(args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("fonts", flag.ContinueOnError)
	all := fs.Bool("all", false, "list fonts that do not cover Chinese too")
	rest, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return usageError("fonts takes no arguments")
	}
	for _, in := range fonts.ListInstalled(fonts.SystemDirs()) {
		if in.Chinese || *all {
			fmt.Fprintf(stdout, "%s\t%s\n", in.Spec, in)
		}
	}
	return nil
}
