package yamlerr

import (
	"gopkg.in/yaml.v3"

	"github.com/paiban/paiban/message"
)

// Node names what a YAML node holds, for a message about a value of the
// wrong kind ("title must be text, not a list"): a list, a set of fields,
// nothing, or the text itself, quoted and cut at 40 characters. It is the
// one wording of these for every YAML Paiban reads (front matter,
// profiles, bulletins), as kindOf is for yaml.v3's own type errors.
func Node(n *yaml.Node) error {
	for i := 0; n != nil && n.Kind == yaml.AliasNode && n.Alias != nil && i < 16; i++ {
		n = n.Alias
	}
	switch {
	case n == nil:
		return message.New(kindNothing)
	case n.Kind == yaml.SequenceNode:
		return message.New(kindList)
	case n.Kind == yaml.MappingNode:
		return message.New(kindFields)
	case n.Kind == yaml.ScalarNode && n.Tag == "!!null":
		return message.New(kindNothing)
	case n.Kind == yaml.ScalarNode:
		text := []rune(n.Value)
		if len(text) > 40 {
			return message.New(kindQuoted, string(text[:40])+"…")
		}
		return message.New(kindQuoted, n.Value)
	}
	return message.New(kindOther)
}

// The wordings of Node besides kindOf's.
var (
	kindQuoted = message.Text{"the text %q", "文字 %q", "文本 %q"}
	kindOther  = message.Text{"something else", "其他內容", "其他内容"}
)
