// Package convert turns an article from one Chinese writing to the other —
// 简体 to 繁體 in the OpenCC standard, Taiwan or Hong Kong forms, or back —
// with OpenCC's dictionaries (Apache-2.0), which are embedded in the
// program (see dict/README.md). Each conversion is a chain of steps, as in
// OpenCC's configurations; a step replaces, from left to right, the longest
// phrase its dictionaries know, else the character. It also compares the
// article before and after by lines, so that a user can see what changes
// before accepting it.
//
// The package knows nothing of layout or the user interface; the command
// line and the editor both use it.
package convert
