package article

import (
	"strings"
	"unicode"

	"gopkg.in/yaml.v3"

	"github.com/paiban/paiban/internal/yamlerr"
	"github.com/paiban/paiban/message"
)

// keywordsOf reads the keywords field: a YAML list of words, or one string
// separated by commas, 、, ，, ；or ;. Blank entries are dropped.
func keywordsOf(val *yaml.Node) ([]string, error) {
	switch val.Kind {
	case yaml.ScalarNode:
		if val.Tag == "!!null" {
			return nil, nil
		}
		return splitKeywords(val.Value), nil
	case yaml.SequenceNode:
		var kw []string
		for i, item := range val.Content {
			if item.Kind == yaml.AliasNode && item.Alias != nil {
				item = item.Alias
			}
			if item.Kind != yaml.ScalarNode {
				return nil, &nodeError{item, message.New(fmKeywordItem, i+1, yamlerr.Node(item))}
			}
			if w := strings.TrimFunc(item.Value, unicode.IsSpace); w != "" && item.Tag != "!!null" {
				kw = append(kw, w)
			}
		}
		return kw, nil
	}
	return nil, message.New(fmKeywords, yamlerr.Node(val))
}

// splitKeywords splits a keyword string at , 、 ， ； and ; and trims each
// keyword of spaces (full-width ones included).
func splitKeywords(s string) []string {
	var kw []string
	for _, w := range strings.FieldsFunc(s, func(r rune) bool {
		return strings.ContainsRune(",，、；;", r)
	}) {
		if w = strings.TrimFunc(w, unicode.IsSpace); w != "" {
			kw = append(kw, w)
		}
	}
	return kw
}
