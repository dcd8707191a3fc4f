"""reader-contract.md §2 (batch protocol) and the in-process API the Swift side embeds."""

import json
import subprocess
import sys
import unittest

import support
from dzspec import cli, decode_line, load

SCRIPT = support.READER_DIR / "sdk-py-spec"


def run(command, requests, cwd):
    done = subprocess.run(command, input=requests, capture_output=True, cwd=cwd, check=False)
    return done.returncode, [json.loads(line) for line in done.stdout.decode().splitlines()], done.stderr


class Batch(unittest.TestCase):
    def test_one_answer_per_line_in_order(self):
        user = support.fixture("user").hex()
        requests = "".join([
            f"user@v7\t{user}\n",
            f"user@v7\t{user.upper()}\r\n",
            "user@v7\t\n",
            "no tab here\n",
            "user@v7\tabc\n",
            "user@v7\t0a 0b\n",
            "set_user_bgp_status@v1\t6a01\n",
            "nope@v0\t00\n",
            "\n",
            f"user@v7\t{user[:250]}",  # last line without a newline; 125 bytes: a stray status byte
        ]).encode()
        code, answers, stderr = run(
            [sys.executable, "-m", "dzspec.cli", "--layouts", str(support.LAYOUTS_PATH)], requests, support.READER_DIR)
        self.assertEqual((code, stderr), (0, b""))
        self.assertEqual(len(answers), 10)
        self.assertEqual(answers[0], answers[1])
        self.assertEqual(answers[0]["ok"]["bump_seed"], 248)
        self.assertEqual(answers[2]["ok"]["owner"], "1" * 32)
        for index in (3, 4, 5, 7, 8):
            self.assertTrue(answers[index]["fatal"].startswith("bad request: "), answers[index])
        self.assertEqual(answers[6]["error"]["class"], "NoReader")
        self.assertEqual(answers[9], {"error": {"class": "ValueError", "message": "100 is not a valid UserStatus"}})

    def test_script_uses_the_repository_layouts_from_anywhere(self):
        self.assertEqual(cli.DEFAULT_LAYOUTS, support.LAYOUTS_PATH)
        code, answers, _ = run([str(SCRIPT)], b"global_state@v7\t\n", "/")
        self.assertEqual(code, 0)
        self.assertEqual(answers[0]["ok"]["feature_flags"], "0")


class InProcess(unittest.TestCase):
    def test_accepts_any_bytes_like(self):
        data = support.fixture("user")
        self.assertEqual(decode_line(support.USER, bytearray(data)), decode_line(support.USER, data))
        self.assertEqual(decode_line(support.USER, memoryview(data)), decode_line(support.USER, data))

    def test_unexpected_failures_become_internal_errors(self):
        self.assertEqual(json.loads(decode_line(support.USER, None))["error"]["class"], "InternalError")

    def test_before_load(self):
        code, answers, _ = run(
            [sys.executable, "-c", "import dzspec; print(dzspec.decode_line('user@v7', b''))"], b"", support.READER_DIR)
        self.assertEqual(answers, [{"error": {
            "class": "InternalError", "message": "dzspec.load() has not been called"}}])

    def test_load_rejects_another_schema(self):
        with self.assertRaises(ValueError):
            load(json.dumps({"schema": "other/1"}))


if __name__ == "__main__":
    unittest.main()
