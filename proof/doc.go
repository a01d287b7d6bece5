// Package proof is Paiban's proofreader: it reads an article as the
// article package parsed it and reports what a careful copy editor of
// Chinese news would mark — half-width punctuation in Chinese text, HTML
// debris, doubled characters, stray spaces, unbalanced or mixed quotation
// marks, characters of the wrong writing (繁/简), words mangled by careless
// 簡→繁 conversion, and characters no embedded font can print.
//
// Every Finding points at bytes of Article.Source, so the editor can
// highlight it and the command line can name its line and column; where a
// correction is certain enough to make without asking, the Finding carries
// it as a Fix, and ApplyFixes makes them all at once.
//
// The rules live one to a file (rule_*.go); their word lists are the
// embedded files in data/, while which characters are Chinese and which
// belong to only one writing are internal/cjk's, the table the article's
// detected lang comes from too. The package imports article, fonts and
// internal/cjk, never layout or a UI package.
package proof
