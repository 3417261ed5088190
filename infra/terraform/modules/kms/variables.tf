variable "name" {
  description = "Environment name (e.g. rupaya-staging): the key's alias and the log-group prefix it may encrypt."
  type        = string
}

variable "deletion_window_days" {
  description = "Days a scheduled key deletion waits (7-30): the time to notice and cancel a mistake."
  type        = number
}
