package convert

import (
	_ "embed" // the dictionaries are compiled into the program
	"fmt"
	"sync"
)

// The OpenCC dictionaries the conversions use, as dict/README.md describes.
var (
	//go:embed dict/STPhrases.txt
	stPhrases string
	//go:embed dict/STCharacters.txt
	stCharacters string
	//go:embed dict/TWVariants.txt
	twVariants string
	//go:embed dict/HKVariants.txt
	hkVariants string
	//go:embed dict/TSPhrases.txt
	tsPhrases string
	//go:embed dict/TSCharacters.txt
	tsCharacters string
)

// dictFile is an embedded dictionary, read on first use and then shared by
// every conversion that uses it.
type dictFile struct {
	name string
	data *string
	once sync.Once
	dict *dictionary
	err  error
}

// dictFiles are the embedded dictionaries by their OpenCC names.
var dictFiles = func() map[string]*dictFile {
	m := map[string]*dictFile{}
	for name, data := range map[string]*string{
		"STPhrases": &stPhrases, "STCharacters": &stCharacters,
		"TWVariants": &twVariants, "HKVariants": &hkVariants,
		"TSPhrases": &tsPhrases, "TSCharacters": &tsCharacters,
	} {
		m[name] = &dictFile{name: name, data: data}
	}
	return m
}()

// loadDictionary returns the named dictionary, reading it the first time;
// it is safe for concurrent use.
func loadDictionary(name string) (*dictionary, error) {
	f, ok := dictFiles[name]
	if !ok {
		return nil, fmt.Errorf("no dictionary %s is embedded", name)
	}
	f.once.Do(func() {
		f.dict, f.err = parseDictionary(f.name, *f.data)
	})
	return f.dict, f.err
}
