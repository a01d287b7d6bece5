// Package convert turns an article from one Chinese writing to the other —
// 简体 to 繁體 in the OpenCC standard, Taiwan or Hong Kong forms, or back —
// with github.com/longbridgeapp/opencc, a pure-Go port of OpenCC whose
// dictionaries are embedded in the program. It also compares the article
// before and after by lines, so that a user can see what changes before
// accepting it.
//
// The package knows nothing of layout or the user interface; the command
// line and the editor both use it.
package convert
