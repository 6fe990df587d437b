// The embedded assets live in this library's resources.
