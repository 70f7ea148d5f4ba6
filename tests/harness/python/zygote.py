"""A Python process that has already imported the SDK and forks one child per snippet run.

Each child is a real process that runs the snippet file as `__main__`, with the run's own
environment, working directory, arguments and output, exactly as `python snippet.py` would;
only the ~0.3 s import of mistralai is paid once, here, instead of once per run. The tests check
that a forked run prints what a plain run prints (tests/test_harness.py).

Protocol on a Unix socket: the client sends one JSON message {"script", "cwd", "env", "timeout"} and the write
end of a pipe (SCM_RIGHTS); the child's stdout and stderr go to that pipe; the answer is one JSON
line {"exit_code"}. A child still running after the request's "timeout" is killed.
"""

import json
import os
import runpy
import signal
import socket
import sys
import time
import traceback

import mistralai.client  # noqa: F401  (the point of this process: import it once)
import mistralai.client.errors  # noqa: F401
import requests.adapters  # noqa: F401  (google-auth's transport, patched by mock_redirect: cloud snippets)
import mock_redirect


def _child(request: dict, fd: int) -> None:
    os.setsid()
    devnull = os.open(os.devnull, os.O_RDONLY)
    os.dup2(devnull, 0)
    os.dup2(fd, 1)
    os.dup2(fd, 2)
    signal.signal(signal.SIGINT, signal.default_int_handler)
    os.chdir(request["cwd"])
    os.environ.clear()
    os.environ.update(request["env"])
    sys.stdout.reconfigure(write_through=True)
    sys.stderr.reconfigure(write_through=True)
    script = request["script"]
    sys.argv = [script]
    sys.path[0] = os.path.dirname(script)
    if os.environ.get("SNIPPET_BASE_URL"):
        mock_redirect.install(os.environ["SNIPPET_BASE_URL"])
    code = 0
    try:
        runpy.run_path(script, run_name="__main__")
    except SystemExit as stop:  # what the interpreter does with sys.exit(...)
        if stop.code is None:
            code = 0
        elif isinstance(stop.code, int):
            code = stop.code
        else:
            print(stop.code, file=sys.stderr)
            code = 1
    except BaseException:
        traceback.print_exc()
        code = 1
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


def main(path: str) -> None:
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(path)
    server.listen(8)
    print("ready", flush=True)
    while True:
        connection, _ = server.accept()
        with connection:
            message, fds, _, _ = socket.recv_fds(connection, 1 << 20, 1)
            request = json.loads(message)
            pid = os.fork()
            if pid == 0:
                server.close()
                connection.close()
                _child(request, fds[0])
            os.close(fds[0])
            code = _wait(pid, request["timeout"])
            connection.sendall(json.dumps({"exit_code": code}).encode() + b"\n")


def _wait(pid: int, timeout: float) -> int:
    """The child's exit code; a child still running after `timeout` is killed (-9)."""
    deadline = time.monotonic() + timeout
    while True:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            return os.waitstatus_to_exitcode(status)
        if time.monotonic() > deadline:
            os.killpg(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            return -9
        time.sleep(0.005)


if __name__ == "__main__":
    main(sys.argv[1])
