variable "cluster_name" {
  description = "Cluster (environment) name: the family is <cluster_name>-<role>."
  type        = string
}

variable "role" {
  description = "What the task runs: server, gateway or migrate (container name, log stream prefix)."
  type        = string
}

variable "image" {
  description = "Image the first revision runs; infra/deploy.sh registers new revisions with each release's digest."
  type        = string
}

variable "command" {
  description = "The image's command for this role, e.g. [\"python\", \"-m\", \"server\", \"serve\"]."
  type        = list(string)
}

variable "cpu" {
  description = "Fargate CPU units (1024 = one vCPU)."
  type        = number
}

variable "memory" {
  description = "Fargate memory in MiB."
  type        = number
}

variable "ports" {
  description = "Container ports to map (gRPC 50051, HTTP 8080, metrics 9464)."
  type        = list(number)
}

variable "environment" {
  description = "Plain settings (README \"Configuration\"), nothing secret."
  type        = map(string)
}

variable "secrets" {
  description = "Environment variables filled from Secrets Manager: variable name -> secret ARN."
  type        = map(string)
}

variable "health_command" {
  description = "Container health check command, or null for none (the migration task)."
  type        = list(string)
}

variable "stop_timeout_s" {
  description = "Seconds between SIGTERM and SIGKILL: at least the server's drain + grace period."
  type        = number
}

variable "execution_role_arn" {
  description = "Task execution role (image pull, logs, secrets)."
  type        = string
}

variable "log_retention_days" {
  description = "Days the task's logs are kept."
  type        = number
}

variable "kms_key_arn" {
  description = "KMS key for the log group."
  type        = string
}
