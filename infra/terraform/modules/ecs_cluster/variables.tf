variable "name" {
  description = "Environment name: the cluster's name (infra/deploy.sh takes it) and the log-group prefix."
  type        = string
}

variable "repository_arn" {
  description = "ECR repository the tasks pull the image from."
  type        = string
}

variable "secret_arns" {
  description = "Secrets the tasks' environment is built from (the execution role may read these only)."
  type        = list(string)
}

variable "kms_key_arn" {
  description = "KMS key the secrets are encrypted under."
  type        = string
}
