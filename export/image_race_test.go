//go:build race

package export

// raceEnabled is set when the tests run under the race detector, which
// makes each pixel of a 10 000 × 10 000 image too slow to decode.
const raceEnabled = true
