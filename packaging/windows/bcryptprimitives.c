/*
 * A stand-in for Windows' bcryptprimitives.dll, for running Paiban under
 * Wine 8.0 (Debian 12), which lacks the DLL: Go's runtime (1.24 and later)
 * takes its random numbers from ProcessPrng there and stops before main
 * without it. This one exports ProcessPrng over RtlGenRandom
 * (advapi32's SystemFunction036), which Wine has. scripts/package-test.sh
 * builds it with mingw-w64 into the Wine prefix's system32; it is never
 * shipped: Windows 10 and 11 have the real one.
 *
 *   x86_64-w64-mingw32-gcc -shared -O2 -o bcryptprimitives.dll bcryptprimitives.c -ladvapi32
 */
#include <windows.h>

BOOLEAN NTAPI SystemFunction036(PVOID buffer, ULONG length); /* RtlGenRandom */

/* ProcessPrng fills data with len random bytes; it always succeeds on
 * Windows, and here returns FALSE only if RtlGenRandom fails. */
__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len)
{
	while (len > 0) {
		ULONG n = len > 0x40000000 ? 0x40000000 : (ULONG)len;
		if (!SystemFunction036(data, n))
			return FALSE;
		data += n;
		len -= n;
	}
	return TRUE;
}

BOOL WINAPI DllMain(HINSTANCE instance, DWORD reason, LPVOID reserved)
{
	(void)instance;
	(void)reason;
	(void)reserved;
	return TRUE;
}
