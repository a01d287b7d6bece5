/* firstpaint: how long a program takes from its start to painting a screen
   rectangle, measured from outside it: it starts the program and hashes the
   rectangle's pixels every few milliseconds until they have stopped changing
   for two seconds, then prints when they first and last changed.

   usage: firstpaint X,Y,W,H PROGRAM [ARGS...]
   build: gcc -O2 -o firstpaint firstpaint.c -lX11   (Debian: libx11-dev)

   docs/performance.md measures the editor's start to its first painted
   preview with it (the preview's rectangle of a 1280 x 860 window at 0,0). */
#include <X11/Xlib.h>
#include <X11/Xutil.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static double now_ms(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

int main(int argc, char **argv) {
    int x, y, w, h;
    if (argc < 3 || sscanf(argv[1], "%d,%d,%d,%d", &x, &y, &w, &h) != 4) {
        fprintf(stderr, "usage: firstpaint X,Y,W,H PROGRAM [ARGS...]\n");
        return 2;
    }
    Display *dpy = XOpenDisplay(NULL);
    if (!dpy) { fprintf(stderr, "firstpaint: no X display\n"); return 1; }
    Window root = DefaultRootWindow(dpy);
    unsigned long long last = 0;
    double start = now_ms(), first = -1, latest = -1;
    pid_t pid = fork();
    if (pid == 0) { execvp(argv[2], argv + 2); perror("firstpaint"); _exit(127); }
    for (int n = 0; ; n++) {
        XImage *im = XGetImage(dpy, root, x, y, w, h, AllPlanes, ZPixmap);
        unsigned long long hv = 1469598103934665603ULL;
        unsigned char *p = (unsigned char *)im->data;
        for (long i = 0, m = (long)im->bytes_per_line * im->height; i < m; i++) { hv ^= p[i]; hv *= 1099511628211ULL; }
        XDestroyImage(im);
        double t = now_ms() - start;
        if (n == 0) last = hv;
        else if (hv != last) { last = hv; if (first < 0) first = t; latest = t; }
        if ((latest >= 0 && t - latest > 2000) || t > 20000) break;
        usleep(3000);
    }
    kill(pid, SIGTERM);
    waitpid(pid, NULL, 0);
    printf("first change %.0f ms, last change %.0f ms\n", first, latest);
    return 0;
}
