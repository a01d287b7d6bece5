package importer

import (
	"strings"

	"gopkg.in/yaml.v3"
)

// frontMatter writes m as the article's front matter, the fields it has
// in the order the article format lists them; "" when it has none.
func frontMatter(m meta) string {
	var node yaml.Node
	node.Kind = yaml.MappingNode
	for _, f := range [][2]string{{"title", m.title}, {"subtitle", m.subtitle}, {"source", m.source}, {"author", m.author}, {"date", m.date}} {
		v := strings.TrimSpace(f[1])
		if v == "" {
			continue
		}
		node.Content = append(node.Content,
			&yaml.Node{Kind: yaml.ScalarNode, Value: f[0]},
			&yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: v})
	}
	if len(node.Content) == 0 {
		return ""
	}
	out, err := yaml.Marshal(&node)
	if err != nil {
		panic("importer: front matter: " + err.Error()) // strings always marshal
	}
	return "---\n" + string(out) + "---\n"
}
