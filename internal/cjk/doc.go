// Package cjk is the one home of what Paiban knows about Chinese characters
// as characters: which runes are Chinese (and Japanese) letters and East
// Asian punctuation, which characters belong to only one of the two
// writings, 繁體 or 简体, and how a writing is tagged (zh-Hant, zh-Hans and
// their regional aliases).
//
// The article reader, the layout, the proofreader and the profile ask it
// rather than keeping their own lists, so that they cannot disagree: the
// article's detected writing is the one the proofreader checks against, and
// what the layout sets in an em box is what the proofreader calls Chinese.
//
// It is plain data with no state beyond its tables, which are read once and
// never change; every function is safe for concurrent use. It depends on
// the standard library only and must not import any other Paiban package.
package cjk
