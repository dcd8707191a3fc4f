import DZCompat
