// Package cli is Paiban's command line: export an article to PDF, show the
// layout as JSON, proofread an article and convert it between 简体 and 繁體.
// main.go hands it the arguments; it returns the exit status, so it can be
// tested without starting a process.
//
// It must not import any UI package.
package cli

import (
	"cmp"
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
	"github.com/paiban/paiban/orgdefaults"
	"github.com/paiban/paiban/profile"
	"github.com/paiban/paiban/proof"
)

// Run runs the command line with args (without the program name) and
// returns the exit status: 0 success, 1 failure, 2 misuse.
func Run(args []string, stdout, stderr io.Writer) int {
	lang, args, err := takeLang(args)
	if err != nil {
		return fail(err, lang, stderr)
	}
	if len(args) == 0 {
		fmt.Fprint(stderr, usage.In(lang))
		return 2
	}
	switch args[0] {
	case "export":
		err = runExport(args[1:], lang, stdout, stderr)
	case "layout":
		err = runLayout(args[1:], stdout)
	case "check":
		err = runCheck(args[1:], lang, stdout, stderr)
	case "convert":
		err = runConvert(args[1:], lang, stdout)
	case "fonts":
		err = runFonts(args[1:], stdout)
	case "render":
		err = runRender(args[1:], lang, stdout, stderr)
	case "import":
		err = runImport(args[1:], lang, stdout, stderr)
	case "bulletin":
		err = runBulletin(args[1:], lang, stdout, stderr)
	case "print":
		err = runPrint(args[1:], lang, stdout, stderr)
	case "--version", "-version", "version":
		fmt.Fprintln(stdout, "paiban", export.Version)
		return 0
	case "help", "-h", "--help":
		fmt.Fprint(stdout, usage.In(lang))
		return 0
	default:
		err = misuse(unknownCmd, args[0])
	}
	if errors.Is(err, errHelp) { // a command's --help
		fmt.Fprint(stdout, usage.In(lang))
		return 0
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
	var m misused
	if errors.As(err, &u) || errors.As(err, &m) {
		fmt.Fprintln(stderr, seeHelp.In(lang))
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
				return lang, args, misuse(langNeeds)
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
			return lang, args, misused{err}
		}
		lang = l
	}
	return lang, out, nil
}

// misused is a misuse of the command line, worded in each language: it
// is reported with a pointer to the help and exit status 2. misuse makes
// one from a Text of text.go; misused{err} makes one of an error that
// words itself.
type misused struct{ err error }

func misuse(t message.Text, args ...any) error { return misused{message.New(t, args...)} }

func (e misused) Error() string            { return e.err.Error() }
func (e misused) In(l message.Lang) string { return message.In(e.err, l) }
func (e misused) Unwrap() error            { return e.err }

// usageError is a misuse worded in English only; prefer misuse.
type usageError string

func (e usageError) Error() string { return string(e) }

// errHelp asks for the help: paiban help, or --help (-h) after a command.
var errHelp = errors.New("help requested")

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
	// org are the organisation build's defaults (package orgdefaults), the
	// options' defaults here as they are the editor's for a new user; fs
	// tells whether --profile was given.
	org    orgdefaults.Defaults
	orgErr error
	fs     *flag.FlagSet
}

func (c *common) register(fs *flag.FlagSet) {
	d, err := orgdefaults.Baked()
	c.registerWith(fs, d)
	c.orgErr = err
}

// registerWith registers the options with the defaults of organisation
// build d: its paper, size, official page and fonts stand where an option
// is not given, and its profile when --profile is not (--profile= with
// nothing prints no footer). An ordinary build's d is empty.
func (c *common) registerWith(fs *flag.FlagSet, d orgdefaults.Defaults) {
	c.org, c.fs = d, fs
	preset := ""
	if d.Official {
		preset = "gbt9704"
	}
	for i, spec := range d.HeadingFonts {
		if spec != "" {
			if c.headingFonts == nil {
				c.headingFonts = headingFonts{}
			}
			c.headingFonts[i+2] = spec
		}
	}
	fs.StringVar(&c.profile, "profile", "", "organisation profile (YAML)")
	fs.StringVar(&c.size, "size", cmp.Or(d.Size, "中"), "大, 中 or 小")
	fs.StringVar(&c.paper, "paper", cmp.Or(d.Paper, "A4"), "A4, A5, B5 or Letter")
	fs.BoolVar(&c.allowMissing, "allow-missing", false, "print characters no font has as 〓")
	fs.StringVar(&c.preset, "preset", preset, "gbt9704 for the official-document page")
	fs.BoolVar(&c.keepHalfWidth, "keep-halfwidth", false, "print half-width punctuation as typed")
	fs.StringVar(&c.compress, "compress", "auto", "auto, on or off")
	fs.StringVar(&c.bodyFont, "body-font", d.BodyFont, "your own font for body text")
	fs.StringVar(&c.titleFont, "title-font", d.TitleFont, "your own font for titles and headings")
	fs.StringVar(&c.quoteFont, "quote-font", d.QuoteFont, "your own font for block quotes")
	fs.Var(&c.headingFonts, "heading-font", "LEVEL=FONT: your own font for one heading level (2 for ##); may repeat")
	fs.BoolVar(&c.noSystemFonts, "no-system-fonts", d.NoSystemFonts, "use no installed Kai, FangSong or XiaoBiaoSong font")
}

// profileGiven reports whether --profile was on the command line.
func (c *common) profileGiven() bool {
	given := false
	c.fs.Visit(func(f *flag.Flag) { given = given || f.Name == "profile" })
	return given
}

// headingFonts collects --heading-font LEVEL=FONT options.
type headingFonts map[int]string

func (h *headingFonts) String() string { return fmt.Sprint(map[int]string(*h)) }

func (h *headingFonts) Set(v string) error {
	level, spec, ok := strings.Cut(v, "=")
	n, err := strconv.Atoi(level)
	if !ok || err != nil || n < 2 || n > 6 || spec == "" {
		return message.New(badHeading, v)
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
		return export.Settings{}, misuse(unknownPreset, c.preset)
	}
	if c.orgErr != nil {
		return export.Settings{}, c.orgErr
	}
	switch {
	case c.profile != "":
		p, err := profile.Load(c.profile)
		if err != nil {
			return export.Settings{}, err
		}
		ch.Profile, ch.ProfileFile = p, c.profile
	case !c.profileGiven():
		ch.Profile = c.org.Profile
	}
	c.lib = fonts.NewLibrary()
	s, err := ch.Settings(c.lib)
	var bad *export.ChoiceError
	if errors.As(err, &bad) {
		return s, misused{bad}
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

// parse parses the options of fs, which may come before or after the
// positional arguments (-x, --x, -x=v, --x v; a bool option takes no
// separate value; "--" ends the options), and returns the positional
// ones. Its misuses word themselves in each language; -h or --help asks
// for the help (errHelp).
func parse(fs *flag.FlagSet, args []string) ([]string, error) {
	var rest []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			return append(rest, args[i+1:]...), nil
		}
		if len(a) < 2 || a[0] != '-' {
			rest = append(rest, a)
			continue
		}
		name, value, hasValue := strings.Cut(strings.TrimPrefix(a[1:], "-"), "=")
		if name == "h" || name == "help" {
			return nil, errHelp
		}
		f := fs.Lookup(name)
		if f == nil {
			return nil, misuse(unknownOption, "--"+strings.TrimLeft(name, "-"))
		}
		option := "--" + name
		if name == "o" {
			option = "-o"
		}
		if b, ok := f.Value.(interface{ IsBoolFlag() bool }); ok && b.IsBoolFlag() {
			if !hasValue {
				value = "true"
			}
		} else if !hasValue {
			if i+1 == len(args) {
				return nil, misuse(needsValue, option)
			}
			i++
			value = args[i]
		}
		if err := fs.Set(name, value); err != nil {
			return nil, badOption(f, option, value, err)
		}
	}
	return rest, nil
}

// badOption words a value the option refuses: by the kind of value it
// takes, or as its own error says when that words itself.
func badOption(f *flag.Flag, option, value string, err error) error {
	if _, ok := err.(message.Localized); ok {
		return misused{err}
	}
	var kind any
	if g, ok := f.Value.(flag.Getter); ok {
		kind = g.Get()
	}
	switch kind.(type) {
	case bool:
		return misuse(wantBool, option, value)
	case int, int64, uint, uint64:
		return misuse(wantInt, option, value)
	case float64:
		return misuse(wantNumber, option, value)
	}
	return misuse(badValue, option, value, err)
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
	if batchWanted(*out, files) {
		return runBatch(&c, *out, files, lang, stderr)
	}
	if len(files) != 1 {
		return misuse(oneArticle, "export")
	}
	if *out == "" {
		return misuse(needsOut, "export", outPDF)
	}
	s, job, err := c.open(files[0])
	if err != nil {
		return err
	}
	doc, err := job.WritePDF(*out, s)
	if err != nil {
		return exportFailed(err)
	}
	warn(stderr, job.WarningsIn(doc, lang), lang)
	fmt.Fprintln(stdout, message.New(exported, *out, len(doc.Pages), s.Paper.Name, s.Preset.Name).In(lang))
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
		return misuse(oneArticle, "layout")
	}
	if !*asJSON {
		return misuse(needsJSON)
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
		return misuse(oneArticle, "check")
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
		if a, found, err = fixArticle(path, a, found, loc, lang, stderr); err != nil {
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
func fixArticle(path string, a *article.Article, found []proof.Finding, loc proof.Locale, lang message.Lang, stderr io.Writer) (*article.Article, []proof.Finding, error) {
	fixed, n := proof.ApplyFixes(a.Source, found)
	if n == 0 {
		return a, found, nil
	}
	fixedArticle, err := article.Parse(fixed)
	if err != nil {
		return nil, nil, message.New(fixesBreak, path, err)
	}
	backup := path + ".bak"
	if err := atomicfile.Same(backup, path); err != nil {
		return nil, nil, message.New(keepingCopy, err)
	}
	if err := atomicfile.WriteFile(backup, a.Source, 0o644); err != nil {
		return nil, nil, message.New(keepingCopy, err)
	}
	if err := atomicfile.WriteFile(path, fixed, 0o644); err != nil {
		return nil, nil, message.New(fixing, err)
	}
	fmt.Fprintln(stderr, "paiban:", message.New(madeFixes, path, n, backup).In(lang))
	return fixedArticle, proof.Check(fixedArticle, proof.Options{Locale: loc}), nil
}

func runConvert(args []string, lang message.Lang, stdout io.Writer) error {
	fs := flag.NewFlagSet("convert", flag.ContinueOnError)
	to := fs.String("to", "", "s2t, s2tw, s2hk or t2s")
	out := fs.String("o", "", "the converted article to write")
	files, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(files) != 1 {
		return misuse(oneArticle, "convert")
	}
	if *to == "" {
		return misuse(needsTo)
	}
	cfg, err := convert.ParseConfig(*to)
	if err != nil {
		return misused{err}
	}
	if *out == "" {
		return misuse(needsOut, "convert", outMD)
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
		return message.New(message.At, files[0], err)
	}
	if err := atomicfile.WriteFile(*out, converted, 0o644); err != nil {
		return message.New(writingConv, err)
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
	fmt.Fprintln(stdout, message.New(convertDone, cfg, changed, total, cfg.Lang(), *out).In(lang))
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
		return misuse(noArguments, "fonts")
	}
	for _, in := range fonts.ListInstalled(fonts.SystemDirs()) {
		if in.Chinese || *all {
			fmt.Fprintf(stdout, "%s\t%s\n", in.Spec, in)
		}
	}
	return nil
}
