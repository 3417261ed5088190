variable "name" {
  description = "Environment name: the proxy's name and its role's."
  type        = string
}

variable "vpc_id" {
  description = "VPC of the proxy's security group."
  type        = string
}

variable "subnet_ids" {
  description = "Private subnets the proxy's endpoints live in."
  type        = list(string)
}

variable "client_security_group_ids" {
  description = "Security groups allowed to connect to the proxy (the server tasks)."
  type        = list(string)
}

variable "database_security_group_id" {
  description = "The database's security group, the proxy's only egress."
  type        = string
}

variable "db_instance_identifier" {
  description = "The primary the proxy forwards to."
  type        = string
}

variable "credentials_secret_arn" {
  description = "Secrets Manager ARN of the database credentials the proxy logs in with."
  type        = string
}

variable "kms_key_arn" {
  description = "KMS key that encrypts that secret (the proxy's role may decrypt with it)."
  type        = string
}

variable "max_connections_percent" {
  description = "Share of the database's max_connections the proxy may open (the rest stays for migrations and operators)."
  type        = number
}
