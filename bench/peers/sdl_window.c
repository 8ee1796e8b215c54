// SPDX-License-Identifier: MIT
// The floor for a first frame: a bare SDL2 window that does what SaqBol's window does before
// it draws anything (SDL's video, a 1280×720 window, SDL's software renderer with the same
// hints), then presents one cleared frame and prints the same kind of marker as the peers.
// No text, no fonts, no scenario: whatever SaqBol's first frame takes beyond this program's
// is SaqBol's own start-up; this program's time is what any SDL app pays on the machine.
// bench/run starts it under the same Xvfb as the others (docs/performance.md).
#include <SDL.h>
#include <stdio.h>

int main(int argc, char** argv) {
    (void)argc;
    (void)argv;
    if (SDL_InitSubSystem(SDL_INIT_VIDEO) != 0) {
        fprintf(stderr, "sdl_window: no video: %s\n", SDL_GetError());
        return 1;
    }
    SDL_SetHint(SDL_HINT_VIDEO_X11_NET_WM_BYPASS_COMPOSITOR, "0");
    SDL_SetHint(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0");
    SDL_Window* window = SDL_CreateWindow("floor", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, 1280, 720,
                                          SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI);
    SDL_Renderer* renderer = window != NULL ? SDL_CreateRenderer(window, -1, SDL_RENDERER_SOFTWARE) : NULL;
    if (renderer == NULL) {
        fprintf(stderr, "sdl_window: no window or renderer: %s\n", SDL_GetError());
        return 1;
    }
    SDL_SetRenderDrawColor(renderer, 0x1e, 0x2a, 0x38, 0xff);
    SDL_RenderClear(renderer);
    SDL_RenderPresent(renderer);
    puts("peer: first frame presented");
    fflush(stdout);
    // Then wait for events, as SaqBol does, until closed (bench/run sends SIGTERM: SDL
    // turns it into SDL_QUIT).
    SDL_Event event;
    while (SDL_WaitEvent(&event)) {
        if (event.type == SDL_QUIT) break;
        if (event.type == SDL_WINDOWEVENT && event.window.event == SDL_WINDOWEVENT_EXPOSED) {
            SDL_RenderClear(renderer);
            SDL_RenderPresent(renderer);
        }
    }
    SDL_DestroyRenderer(renderer);
    SDL_DestroyWindow(window);
    SDL_Quit();
    return 0;
}
