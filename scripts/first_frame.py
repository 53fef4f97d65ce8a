#!/usr/bin/env python3
"""Time from start to the reader's first frame, in a pty: `scripts/first_frame.py BIN [ARGS…]`.

Prints, in ms from the spawn: the alternate screen entered ("alt"), the first frame (the title
bar's "Parallax" drawn), the first frame listing sources (a row's " words"), the analysis in (the
title's "claims ("); then sends q and reports how long the exit took. Runs each measurement `RUNS` times (env, default 3);
with QUIT_AT=frame, q is sent as soon as the first frame is seen (the files still loading)."""
import os, pty, sys, time, select, struct, fcntl, termios, signal

def once(argv):
    pid, fd = pty.fork()
    if pid == 0:
        os.environ["TERM"] = "xterm-256color"
        os.execvp(argv[0], argv)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 45, 160, 0, 0))
    t0 = time.monotonic()
    buf = b""
    marks = {}
    def ms():
        return round((time.monotonic() - t0) * 1000, 1)
    deadline = t0 + 120
    while time.monotonic() < deadline:
        r, _, _ = select.select([fd], [], [], 0.05)
        if r:
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                break
            if not chunk:
                break
            buf += chunk
            if "alt" not in marks and b"\x1b[?1049h" in buf:
                marks["alt"] = ms()
            if "frame" not in marks and "Parallax".encode() in buf:
                marks["frame"] = ms()
                if os.environ.get("QUIT_AT") == "frame":
                    break
            if "sources" not in marks and b" words" in buf:
                marks["sources"] = ms()
            if "done" not in marks and b"claims (" in buf:
                marks["done"] = ms()
                break
    os.write(fd, b"q")
    t1 = time.monotonic()
    while True:
        r, _, _ = select.select([fd], [], [], 0.05)
        if r:
            try:
                if not os.read(fd, 65536):
                    break
            except OSError:
                break
        if time.monotonic() - t1 > 10:
            os.kill(pid, signal.SIGKILL)
            break
    os.waitpid(pid, 0)
    marks["quit_after_q"] = round((time.monotonic() - t1) * 1000, 1)
    return marks

if __name__ == "__main__":
    for _ in range(int(os.environ.get("RUNS", "3"))):
        print(once(sys.argv[1:]))
