/*
 * shown [--click] TITLE [FRAME.ppm]: waits for a top-level window named TITLE to be viewable, then
 * for its first frame to be drawn (the first content that then stays, see main), and prints both
 * instants as milliseconds since the epoch: "MAPPED DRAWN". With --click it first clicks the left
 * button where the pointer is (XTest press and release, as xdotool does) and prints that instant
 * first: "CLICKED MAPPED DRAWN";
 * timing from a `date` before `xdotool click` had counted xdotool's own start (20-30 ms idle, more
 * under load). With FRAME.ppm it keeps the frame it judged drawn, so a person can check that it
 * shows the header with the state and not a blank frame (issue 16, goal 2).
 *
 * Why not `import -window ID png:- | identify`: ImageMagick takes 60-150 ms of CPU for one grab of
 * a 1000x700 window. Polled every 20 ms it competes for the two cores with the window it waits
 * for, and its granularity (one grab per ~100 ms) was most of the "mapped -> drawn" gap it reported,
 * more so for a large window than for the bare app's small one. This asks the X server directly:
 * the window manager's client list and one XGetImage every 2 ms, a few hundred microseconds each.
 *
 * Build: cc -O2 -o shown shown.c -lX11 -lXtst (scripts/footprint/measure.sh does it once per run).
 */
#include <X11/Xatom.h>
#include <X11/Xlib.h>
#include <X11/Xutil.h>
#include <X11/extensions/XTest.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define SETTLED_MS 300

static long long now_ms(void) {
    struct timespec t;
    clock_gettime(CLOCK_REALTIME, &t);
    return (long long) t.tv_sec * 1000 + t.tv_nsec / 1000000;
}

static void pause_ms(long ms) {
    struct timespec t = {0, ms * 1000000L};
    nanosleep(&t, NULL);
}

static int ignore_errors(Display *d, XErrorEvent *e) { (void) d; (void) e; return 0; }

static int named(Display *d, Window w, const char *title) {
    Atom utf8 = XInternAtom(d, "UTF8_STRING", False), net_name = XInternAtom(d, "_NET_WM_NAME", False);
    Atom type; int format; unsigned long n, after; unsigned char *value = NULL; int same = 0;
    if (XGetWindowProperty(d, w, net_name, 0, 256, False, utf8, &type, &format, &n, &after, &value) == Success
            && value != NULL) {
        same = strcmp((char *) value, title) == 0;
        XFree(value);
        return same;
    }
    char *name = NULL;
    if (XFetchName(d, w, &name) && name != NULL) { same = strcmp(name, title) == 0; XFree(name); }
    return same;
}

/* The viewable client window named TITLE, from the window manager's _NET_CLIENT_LIST, or 0. */
static Window find(Display *d, const char *title) {
    Atom list = XInternAtom(d, "_NET_CLIENT_LIST", False);
    Atom type; int format; unsigned long n, after; unsigned char *value = NULL; Window found = 0;
    if (XGetWindowProperty(d, DefaultRootWindow(d), list, 0, 1024, False, XA_WINDOW, &type, &format, &n, &after,
            &value) != Success || value == NULL) return 0;
    Window *clients = (Window *) value;
    for (unsigned long i = 0; i < n && !found; i++) {
        XWindowAttributes a;
        if (XGetWindowAttributes(d, clients[i], &a) && a.map_state == IsViewable && named(d, clients[i], title))
            found = clients[i];
    }
    XFree(value);
    return found;
}

/* The frame as a PPM; drawn() let only 32-bit pixels (0x00RRGGBB) through to here. */
static void keep(const unsigned char *data, int width, int height, int bytes_per_line, const char *path) {
    FILE *out = fopen(path, "wb");
    if (out == NULL) return;
    fprintf(out, "P6\n%d %d\n255\n", width, height);
    for (int y = 0; y < height; y++)
        for (int x = 0; x < width; x++) {
            unsigned int p = ((const unsigned int *) (data + (size_t) y * bytes_per_line))[x];
            unsigned char rgb[3] = {(p >> 16) & 255, (p >> 8) & 255, p & 255};
            fwrite(rgb, 1, 3, out);
        }
    fclose(out);
}

/* More than one colour: every 32-bit pixel the same as the first is a blank frame. */
static int drawn(XImage *image) {
    if (image->bits_per_pixel != 32) { fprintf(stderr, "shown: wants a 32-bit visual\n"); exit(2); }
    const unsigned int *px = (const unsigned int *) image->data;
    size_t count = (size_t) image->bytes_per_line / 4 * image->height;
    for (size_t i = 1; i < count; i++)
        if ((px[i] & 0xffffff) != (px[0] & 0xffffff)) return 1;
    return 0;
}

int main(int argc, char **argv) {
    int click = argc > 1 && strcmp(argv[1], "--click") == 0;
    argv += click; argc -= click;
    if (argc < 2) { fprintf(stderr, "usage: shown [--click] TITLE [FRAME.ppm]\n"); return 2; }
    Display *d = XOpenDisplay(NULL);
    if (d == NULL) { fprintf(stderr, "shown: no X display\n"); return 2; }
    XSetErrorHandler(ignore_errors); /* the window may go away between the list and the grab */
    if (click) {
        long long at = now_ms();
        XTestFakeButtonEvent(d, 1, True, CurrentTime);
        XTestFakeButtonEvent(d, 1, False, CurrentTime);
        XSync(d, False);
        printf("%lld ", at);
    }
    long long end = now_ms() + 30000, mapped = 0;
    Window w = 0;
    while (!(w = find(d, argv[1]))) {
        if (now_ms() > end) { printf("timeout timeout\n"); return 1; }
        pause_ms(2);
    }
    mapped = now_ms();
    /* Drawn = the first instant the window's final first frame was on the screen: the content (and
     * the window's place and size) that then stays unchanged for SETTLED_MS, and is not one colour.
     * "More than one colour" alone took a half-made frame (a black strip on white, the bare app's
     * first frame) or a window about to be moved for drawn. */
    unsigned char *seen = NULL; size_t seen_size = 0; int seen_geometry[4] = {0}, seen_image[3] = {0};
    long long seen_at = 0;
    for (;;) {
        XWindowAttributes a;
        int x, y, left, top, right, bottom; Window child;
        if (XGetWindowAttributes(d, w, &a)
                && XTranslateCoordinates(d, w, DefaultRootWindow(d), 0, 0, &x, &y, &child)) {
            /* XGetImage wants a part that is on the screen: clip the window to it */
            left = x < 0 ? -x : 0; top = y < 0 ? -y : 0;
            right = x + a.width > DisplayWidth(d, 0) ? DisplayWidth(d, 0) - x : a.width;
            bottom = y + a.height > DisplayHeight(d, 0) ? DisplayHeight(d, 0) - y : a.height;
            XImage *image = right > left && bottom > top
                    ? XGetImage(d, w, left, top, right - left, bottom - top, AllPlanes, ZPixmap) : NULL;
            if (image != NULL) {
                long long at = now_ms();
                int geometry[4] = {x, y, a.width, a.height};
                size_t size = (size_t) image->bytes_per_line * image->height;
                int same = seen != NULL && size == seen_size && memcmp(geometry, seen_geometry, sizeof geometry) == 0
                        && memcmp(image->data, seen, size) == 0;
                if (!same) {
                    free(seen);
                    seen = drawn(image) ? malloc(size) : NULL;
                    if (seen != NULL) {
                        memcpy(seen, image->data, size); seen_size = size; seen_at = at;
                        memcpy(seen_geometry, geometry, sizeof geometry);
                        seen_image[0] = image->width; seen_image[1] = image->height; seen_image[2] = image->bytes_per_line;
                    }
                }
                XDestroyImage(image);
                if (seen != NULL && at - seen_at >= SETTLED_MS) {
                    printf("%lld %lld\n", mapped, seen_at);
                    if (argc > 2) keep(seen, seen_image[0], seen_image[1], seen_image[2], argv[2]);
                    return 0;
                }
            }
        }
        if (now_ms() > end) { printf("%lld timeout\n", mapped); return 1; }
        pause_ms(2);
    }
}
