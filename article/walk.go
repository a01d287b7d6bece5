package article

// Walk calls visit for every block of blocks in source order, depth
// first: a quote or a list before the blocks it holds, then those blocks.
func Walk(blocks []Block, visit func(Block)) {
	for _, b := range blocks {
		visit(b)
		switch b := b.(type) {
		case *Quote:
			Walk(b.Blocks, visit)
		case *List:
			for _, it := range b.Items {
				Walk(it.Blocks, visit)
			}
		}
	}
}
