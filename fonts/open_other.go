//go:build !unix

package fonts

// openNonBlocking is 0 where there is no O_NONBLOCK: the path is checked to
// be a regular file before it is opened (openFont).
const openNonBlocking = 0
